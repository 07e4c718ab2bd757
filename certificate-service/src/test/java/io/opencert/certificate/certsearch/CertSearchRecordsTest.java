package io.opencert.certificate.certsearch;

import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.certificate.dto.SiteView;
import io.opencert.certificate.certsearch.CertSearchRecords.Publisher;
import io.opencert.certificate.certsearch.dto.CertSearchCertification;
import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.events.model.Standard;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CertSearchRecordsTest {
    private static final UUID ID = UUID.fromString("0c000000-0000-4000-8000-000000000001");
    private static final UUID CLIENT = UUID.fromString("c1000000-0000-4000-8000-000000000001");
    private static final Publisher ACCREDITED = new Publisher("OpenCert Certification GmbH",
            Optional.of("Example Accreditation Service"), "33", "Information technology");

    static CertificateView certificate(CertificateStatus status, List<SiteView> sites) {
        return new CertificateView(ID, "CB-2026-000042", 2, 1, status, 3, CLIENT, "Example, \"Services\" GmbH",
                Standard.ISO_IEC_20000_1_2018, "ISO/IEC 20000-1:2018", "Operation of IT services", sites,
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 9, 1), LocalDate.of(2029, 3, 19), Instant.parse("2026-09-01T10:00:00Z"),
                LocalDate.of(2026, 9, 1), null, null);
    }

    static final SiteView DATA_CENTRE = new SiteView(UUID.randomUUID(), "Data centre", "Graz", "AT", false, 3,
            "Hosting");
    static final SiteView HEAD_OFFICE = new SiteView(UUID.randomUUID(), "Head office", "Vienna", "AT", true, 12,
            "Operation of IT services");

    @Test
    void aPublishedCertificateCarriesTheHolderItsHeadOfficeEverySiteAndTheBody() {
        CertSearchCertification published = CertSearchRecords.published(
                certificate(CertificateStatus.SUSPENDED, List.of(DATA_CENTRE, HEAD_OFFICE)), ACCREDITED);

        assertThat(published).isEqualTo(new CertSearchCertification(ID.toString(), "CB-2026-000042", "Suspended",
                "Accredited", "Example Accreditation Service", "OpenCert Certification GmbH", "Management System",
                "ISO/IEC 20000-1:2018", "Operation of IT services", "33", "Information technology",
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 9, 1), LocalDate.of(2029, 3, 19), CLIENT.toString(),
                "Example, \"Services\" GmbH", "AT", "Vienna", List.of(
                new CertSearchCertification.Site("Data centre", "Graz", "AT", "Hosting"),
                new CertSearchCertification.Site("Head office", "Vienna", "AT", "Operation of IT services"))));
    }

    @Test
    void withoutACentralFunctionTheFirstSiteLocatesTheHolder() {
        CertSearchCertification published = CertSearchRecords.published(
                certificate(CertificateStatus.ACTIVE, List.of(DATA_CENTRE)), ACCREDITED);

        assertThat(published.certifiedEntityCity()).isEqualTo("Graz");
        assertThat(published.certificationStatus()).isEqualTo("Active");
    }

    @Test
    void aBodyWithoutAccreditationPublishesUnaccreditedCertificates() {
        CertSearchCertification published = CertSearchRecords.published(
                certificate(CertificateStatus.ACTIVE, List.of(HEAD_OFFICE)),
                new Publisher("OpenCert Certification GmbH", Optional.empty(), "33", "Information technology"));

        assertThat(published.accreditationStatus()).isEqualTo("Unaccredited");
        assertThat(published.accreditationBodyName()).isNull();
    }

    @Test
    void everyStatusHasCertSearchsWord() {
        assertThat(List.of(CertificateStatus.values()).stream().map(CertSearchRecords::status).toList())
                .containsExactly("Active", "Suspended", "Withdrawn", "Expired");
    }

    @Test
    void aDeletionTellsNothingButWhichCertificationToRemove() {
        CertSearchCertification deleted = CertSearchRecords.deleted(
                certificate(CertificateStatus.ACTIVE, List.of(HEAD_OFFICE)));

        assertThat(deleted).isEqualTo(new CertSearchCertification(ID.toString(), "CB-2026-000042", "Deleted", null,
                null, null, null, null, null, null, null, null, null, null, CLIENT.toString(), null, null, null,
                List.of()));
    }
}
