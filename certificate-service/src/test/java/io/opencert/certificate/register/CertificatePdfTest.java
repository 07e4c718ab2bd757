package io.opencert.certificate.register;

import io.opencert.certificate.PdfReading;
import io.opencert.certificate.certificate.RevisionReason;
import io.opencert.certificate.certificate.dto.RevisionView;
import io.opencert.certificate.certificate.dto.SiteView;
import io.opencert.events.model.Standard;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CertificatePdfTest {
    private static final String URL = "https://register.example.org/register/certificates/CB-2026-000042";

    @Test
    void theCertificateCarriesItsContentAndAQrCodeToItsVerificationPage() throws Exception {
        String scope = "Operation of IT services for hospitals, including the service desk, incident and change "
                + "management for 24 hospitals in Austria";
        RevisionView revision = new RevisionView(UUID.randomUUID(), "CB-2026-000042", 2, 1, RevisionReason.SCOPE_CHANGE,
                true, "Example Services GmbH", Standard.ISO_IEC_20000_1_2018, "ISO/IEC 20000-1:2018", scope,
                List.of(new SiteView(UUID.randomUUID(), "Head office", "Vienna", "AT", true, 12, scope),
                        new SiteView(UUID.randomUUID(), "Data centre", "Graz", "AT", false, 3,
                                "Hosting of the hospital information systems")),
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 9, 14), LocalDate.of(2029, 3, 19),
                Instant.parse("2026-09-14T10:00:00Z"));

        PdfReading read = PdfReading.of(new CertificatePdf("OpenCert Certification GmbH").render(revision, URL));

        assertThat(read.pages()).isEqualTo(1);
        assertThat(read.qrCode()).isEqualTo(URL);
        String text = read.text().replaceAll("\\s+", " ");
        assertThat(text).contains("OpenCert Certification GmbH", "CERTIFICATE", "Example Services GmbH",
                "Head office: Head office, Vienna, AT", "Site: Data centre, Graz, AT", "ISO/IEC 20000-1:2018",
                "Operation of IT services for hospitals, including the service desk",
                "for 24 hospitals in Austria", "Certificate number: CB-2026-000042",
                "Revision: 2 (supersedes revision 1)", "Original certification: 2026-03-20",
                "Issue date: 2026-09-14", "Valid until: 2029-03-19", URL,
                "Site: Data centre, Graz, AT Scope at this site: Hosting of the hospital information systems");
        assertThat(text).as("a site certified for the certificate's scope has no scope line of its own")
                .containsOnlyOnce("Scope at this site");
    }

    @Test
    void charactersTheFontCannotShowArePrintedAsQuestionMarks() throws Exception {
        RevisionView revision = new RevisionView(UUID.randomUUID(), "CB-2026-000043", 1, 1, RevisionReason.INITIAL,
                true, "Łódź Services Sp. z o.o. 東京", Standard.ISO_IEC_20000_1_2018, "ISO/IEC 20000-1:2018",
                "Straße und Café", List.of(new SiteView(null, "Büro", "Łódź", "PL", true, 5, "Straße und Café")),
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 20), LocalDate.of(2029, 3, 19),
                Instant.parse("2026-03-20T10:00:00Z"));

        PdfReading read = PdfReading.of(new CertificatePdf("OpenCert Certification GmbH").render(revision, URL));

        assertThat(read.text()).contains("?ód? Services Sp. z o.o. ??", "Straße und Café", "Büro, ?ód?, PL");
    }
}
