package io.opencert.certificate.register;

import io.opencert.certificate.Certification;
import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.PdfReading;
import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.certificate.RevisionReason;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.certificate.dto.RevisionView;
import io.opencert.certificate.certificate.dto.SiteView;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.commons.testing.CpuTime;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class CertificatePdfTest extends CertificationTestBase {
    private static final String URL = "https://register.example.org/register/certificates/CB-2026-000042";
    private static final LocalDate DECISION = LocalDate.of(2026, 4, 14);

    @Inject
    CertificationBody body;

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

        PdfReading read = PdfReading.of(new CertificatePdf(body).render(revision, active(revision), URL));

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
        assertThat(text).as("a current revision of an active certificate is valid").doesNotContain("NOT VALID");
    }

    @Test
    void polishAndGreekNamesPrintAsWrittenAndWhatTheFontLacksAsQuestionMarks() throws Exception {
        RevisionView revision = new RevisionView(UUID.randomUUID(), "CB-2026-000043", 1, 1, RevisionReason.INITIAL,
                true, "Łódź Services Sp. z o.o. 東京", Standard.ISO_IEC_20000_1_2018, "ISO/IEC 20000-1:2018",
                "Straße und Café", List.of(new SiteView(null, "Büro", "Łódź", "PL", true, 5, "Straße und Café"),
                        new SiteView(null, "Γραφείο", "Αθήνα", "GR", false, 5, "Υπηρεσίες φιλοξενίας")),
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 20), LocalDate.of(2029, 3, 19),
                Instant.parse("2026-03-20T10:00:00Z"));

        PdfReading read = PdfReading.of(new CertificatePdf(body).render(revision, active(revision), URL));

        assertThat(read.text()).contains("Łódź Services Sp. z o.o. ??", "Straße und Café", "Büro, Łódź, PL",
                "Site: Γραφείο, Αθήνα, GR", "Scope at this site: Υπηρεσίες φιλοξενίας");
    }

    @Test
    void theLongestTextsInEveryFieldPrintInUnderASecond() throws Exception {
        // each as long as the requests that set it allow, and unbroken: the worst case for the layout
        List<SiteView> sites = IntStream.rangeClosed(1, 20).mapToObj(n -> new SiteView(UUID.randomUUID(),
                "N".repeat(300), "C".repeat(200), "K".repeat(100), n == 1, 2, n + "S".repeat(4_000))).toList();
        RevisionView revision = new RevisionView(UUID.randomUUID(), "CB-2026-000045", 1, 1, RevisionReason.INITIAL,
                true, "H".repeat(300), Standard.ISO_IEC_20000_1_2018, "ISO/IEC 20000-1:2018", "O".repeat(4_000),
                sites, DECISION, DECISION, DECISION.plusYears(3).minusDays(1), Instant.parse("2026-04-14T10:00:00Z"));

        CpuTime.Measured<byte[]> pdf = CpuTime.of(() -> new CertificatePdf(body).render(revision, active(revision), URL));

        assertThat(pdf.cpu()).isLessThan(Duration.ofSeconds(1));
        assertThat(PdfReading.textOf(pdf.result()).replaceAll("\\s", "")).contains("H".repeat(300), "O".repeat(4_000),
                "20" + "S".repeat(4_000));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aSuspendedCertificateIsMarkedOnEveryPageAndAnActiveOneIsNot() throws Exception {
        CertificateView certificate = certification.certifiedOn(DECISION);
        assertThat(PdfReading.pagesOf(download("/api/v1/certificates/{id}/pdf", certificate.id())))
                .singleElement().satisfies(page -> assertThat(page).doesNotContain("NOT VALID"));

        LocalDate suspendedOn = DECISION.plusMonths(4);
        clock.setTo(suspendedOn.atTime(9, 0).toInstant(ZoneOffset.UTC));
        certification.suspend(certificate.id(), SuspensionReason.CLIENT_REQUEST, "The client moves its data centre");

        assertThat(PdfReading.pagesOf(download("/api/v1/certificates/{id}/pdf", certificate.id())))
                .isNotEmpty()
                .allSatisfy(page -> assertThat(page).contains(
                        "SUSPENDED — NOT VALID. Certificate suspended since " + suspendedOn,
                        "Certificate number: " + certificate.number()));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aSupersededRevisionIsMarkedWithTheRevisionThatSupersededItAndTheCurrentOneIsNot() throws Exception {
        CertificateView certificate = certification.certifiedOn(DECISION);
        LocalDate reissuedOn = DECISION.plusMonths(5);
        clock.setTo(reissuedOn.atTime(9, 0).toInstant(ZoneOffset.UTC));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "ADDRESS_CHANGE", "holderName", "Example Services AG", "note", "Renamed"))
                .when().post("/api/v1/certificates/{id}/reissue", certificate.id()).then().statusCode(200);

        PdfReading first = PdfReading.of(download("/api/v1/certificates/{id}/revisions/1/pdf", certificate.id()));
        assertThat(first.text().replaceAll("\\s+", " ")).contains(
                "SUPERSEDED BY REVISION 2 — NOT VALID. Superseded on " + reissuedOn, "Example Services GmbH", "Revision: 1");
        assertThat(first.qrCode()).as("the mark lies under the QR code, which still reads")
                .endsWith("/register/certificates/" + certificate.number());
        assertThat(PdfReading.textOf(download("/api/v1/certificates/{id}/pdf", certificate.id())))
                .contains("Example Services AG", "Revision: 2").doesNotContain("NOT VALID");
    }

    @Test
    void aCertificateThatRunsOverSeveralPagesIsMarkedOnEachOfThem() throws Exception {
        List<SiteView> sites = IntStream.rangeClosed(1, 40).mapToObj(n -> new SiteView(UUID.randomUUID(),
                "Branch " + n, "Linz", "AT", n == 1, 2, "Service desk for the hospitals of region " + n)).toList();
        RevisionView revision = new RevisionView(UUID.randomUUID(), "CB-2026-000044", 1, 1, RevisionReason.INITIAL,
                true, "Example Services GmbH", Standard.ISO_IEC_20000_1_2018, "ISO/IEC 20000-1:2018",
                "Operation of IT services for hospitals", sites, DECISION, DECISION, DECISION.plusYears(3).minusDays(1),
                Instant.parse("2026-04-14T10:00:00Z"));
        LocalDate withdrawnOn = DECISION.plusYears(1);

        List<String> pages = PdfReading.pagesOf(new CertificatePdf(body).render(revision,
                new CurrentStatus(CertificateStatus.WITHDRAWN, withdrawnOn, 1, DECISION), URL));

        assertThat(pages).hasSizeGreaterThan(1).allSatisfy(page -> assertThat(page)
                .contains("WITHDRAWN — NOT VALID. Certificate withdrawn on " + withdrawnOn));
        assertThat(pages.getFirst()).contains("Branch 1, Linz");
        assertThat(String.join(" ", pages)).contains("Branch 40, Linz");
        assertThat(pages.getLast()).contains("Valid until: " + DECISION.plusYears(3).minusDays(1),
                "The validity of this certificate can be verified at");
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void theCertificateNamesTheBodyItsAddressAndItsAccreditation() throws Exception {
        CertificateView certificate = certification.certifiedOn(DECISION);

        assertThat(PdfReading.textOf(download("/api/v1/certificates/{id}/pdf", certificate.id())).replaceAll("\\s+", " "))
                .contains("OpenCert Certification GmbH", "Musterstraße 1, 1010 Vienna, Austria",
                        "Accredited by Example Accreditation Service, accreditation number EAS-ZS-0042", "EAS ZS-0042",
                        "This certificate remains the property of OpenCert Certification GmbH");
    }

    @Test
    void aBodyWithoutAccreditationSaysNothingAboutIt() throws Exception {
        CertificationBody unaccredited = new Body("Small Cert GmbH", "Hauptplatz 2, 8010 Graz, Austria",
                new Accreditation(Optional.empty(), Optional.empty(), Optional.empty()));
        RevisionView revision = new RevisionView(UUID.randomUUID(), "CB-2026-000045", 1, 1, RevisionReason.INITIAL,
                true, "Example Services GmbH", Standard.ISO_IEC_20000_1_2018, "ISO/IEC 20000-1:2018",
                "Operation of IT services for hospitals", List.of(), DECISION, DECISION, DECISION.plusYears(3),
                Instant.parse("2026-04-14T10:00:00Z"));

        String text = PdfReading.textOf(new CertificatePdf(unaccredited).render(revision, active(revision), URL));

        assertThat(text).contains("Small Cert GmbH", "Hauptplatz 2, 8010 Graz, Austria").doesNotContainIgnoringCase("accredit");
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aCloudCertificateSaysThatISO20000WasAppliedToTheCloudServicesWithTheGuidanceOfTheReport() throws Exception {
        CertificateView base = certification.certifiedOn(DECISION);
        clock.setTo(DECISION.plusMonths(8).atTime(12, 0).toInstant(ZoneOffset.UTC));
        CertificateView cloud = certification.grant(Certification.auditCompleted(AuditType.CLOUD_EXTENSION,
                base.clientId(), "Example Services GmbH",
                List.of(Standard.ISO_IEC_20000_1_2018, Standard.ISO_IEC_TR_20000_9_2015), 0)).certificate();

        String text = PdfReading.textOf(download("/api/v1/certificates/{id}/pdf", cloud.id())).replaceAll("\\s+", " ");

        assertThat(text).contains("conforms to the requirements of ISO/IEC 20000-1 applied to the cloud services named "
                        + "below following the guidance of ISO/IEC TR 20000-9:2015, which adds no requirements of its own",
                "for the cloud services Operation of IT services for hospitals")
                .doesNotContain("requirements of ISO/IEC TR 20000-9");
    }

    private static CurrentStatus active(RevisionView revision) {
        return new CurrentStatus(CertificateStatus.ACTIVE, revision.issueDate(), revision.revision(), revision.issueDate());
    }

    private static byte[] download(String path, UUID certificateId) {
        return given().when().get(path, certificateId)
                .then().statusCode(200).contentType(CertificatePdf.MEDIA_TYPE).extract().asByteArray();
    }

    record Body(String name, String address, CertificationBody.Accreditation accreditation) implements CertificationBody {
    }

    record Accreditation(Optional<String> body, Optional<String> number, Optional<String> mark)
            implements CertificationBody.Accreditation {
    }
}
