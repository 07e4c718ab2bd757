package io.opencert.certificate.licence;

import io.opencert.certificate.Certification;
import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.PdfReading;
import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.licence.dto.LicenceView;
import io.opencert.certificate.register.CertificationBody;
import io.opencert.certificate.register.CurrentStatus;
import io.opencert.certificate.register.LicencePdf;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.commons.testing.CpuTime;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** The right to use the certificate and the mark comes with the certificate and follows its status. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class LicenceTest extends CertificationTestBase {
    private static final String CLIENT = "c1d00000-0000-4000-8000-000000000004";
    private static final LocalDate DECISION = LocalDate.of(2026, 5, 4);

    @Inject
    CertificationBody certificationBody;

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void theLicenceIsGrantedWithTheCertificateRevokedOnSuspensionAndRestoredOnReinstatement() {
        CertificateView certificate = certification.certifiedOn(DECISION);
        Map<String, Object> licence = licenceOf(certificate);
        assertThat(licence).containsEntry("status", "GRANTED").containsEntry("grantedOn", DECISION.toString())
                .containsEntry("certificateNumber", certificate.number());
        assertThat(JsonPath.from(given().when().get("/api/v1/licences/{id}", licence.get("id")).then().statusCode(200)
                .extract().asString()).getMap("terms"))
                .containsEntry("version", 1)
                .containsEntry("title", "Certificate issuance and right to use licence");

        LocalDate suspendedOn = DECISION.plusMonths(13);
        clock.setTo(suspendedOn.atTime(10, 0).toInstant(ZoneOffset.UTC));
        certification.suspend(certificate.id(), SuspensionReason.MISUSE_OF_MARK, "mark on a product");
        assertThat(licenceOf(certificate)).containsEntry("status", "REVOKED").containsEntry("statusSince", suspendedOn.toString());

        clock.setTo(suspendedOn.plusDays(30).atTime(10, 0).toInstant(ZoneOffset.UTC));
        certification.reinstate(certificate.id(), "misuse ended");
        assertThat(licenceOf(certificate)).containsEntry("status", "GRANTED")
                .containsEntry("statusSince", suspendedOn.plusDays(30).toString());

        certification.withdraw(certificate.id(), "contract ended");
        assertThat(licenceOf(certificate)).containsEntry("status", "REVOKED");
    }

    @Test
    @TestSecurity(user = "client-d", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = CLIENT))
    void aClientUserSeesAndDownloadsItsOwnLicencesOnly() throws Exception {
        CertificateView own = certification.certify(UUID.fromString(CLIENT)).certificate();
        CertificateView foreign = certification.certify(UUID.randomUUID()).certificate();

        given().queryParam("clientId", foreign.clientId()).queryParam("size", 100)
                .when().get("/api/v1/licences")
                .then().statusCode(200)
                .body("items.certificateNumber", hasItem(own.number()))
                .body("items.certificateNumber", not(hasItem(foreign.number())))
                .body("items.clientId", everyItem(is(CLIENT)))
                .body("items[0].terms.text", containsString("mark"));
        String foreignLicence = Certification.onVertx(() -> Panache.withSession(
                () -> Licence.<Licence>find("certificateId", foreign.id()).firstResult())).id.toString();
        given().when().get("/api/v1/licences/{id}", foreignLicence)
                .then().statusCode(404).body("detail", is("Licence " + foreignLicence + " not found."));
        given().when().get("/api/v1/licences/{id}/pdf", foreignLicence).then().statusCode(404);

        String ownLicence = given().when().get("/api/v1/licences").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.certificateNumber == '" + own.number() + "' }.id");
        byte[] pdf = given().when().get("/api/v1/licences/{id}/pdf", ownLicence)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(PdfReading.textOf(pdf).replaceAll("\\s+", " ")).contains("CERTIFICATE ISSUANCE AND RIGHT TO USE LICENCE",
                "Licence holder: Example Services GmbH", "Certificate: " + own.number(), "Status: GRANTED",
                "Terms: version 1", "certification mark");
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aRevokedLicenceIsMarkedOnEveryPageAndAGrantedOneIsNot() throws Exception {
        CertificateView certificate = certification.certifiedOn(DECISION);
        Object licence = licenceOf(certificate).get("id");
        assertThat(PdfReading.pagesOf(licencePdf(licence)))
                .singleElement().satisfies(page -> assertThat(page).doesNotContain("NOT VALID"));

        LocalDate suspendedOn = DECISION.plusMonths(2);
        clock.setTo(suspendedOn.atTime(10, 0).toInstant(ZoneOffset.UTC));
        certification.suspend(certificate.id(), SuspensionReason.CLIENT_REQUEST, "The client moves its data centre");

        assertThat(PdfReading.pagesOf(licencePdf(licence))).isNotEmpty().allSatisfy(page -> assertThat(page)
                .contains("REVOKED — NOT VALID. Right to use revoked since " + suspendedOn
                        + ". Certificate suspended since " + suspendedOn, "Status: REVOKED since " + suspendedOn));
    }

    @Test
    void termsThatRunOverSeveralPagesArePrintedToTheEndAndEveryPageIsMarked() throws Exception {
        String terms = IntStream.rangeClosed(1, 40).mapToObj(clause -> "Clause " + clause + ". The holder may use the "
                + "certificate and the certification mark for the certified scope and sites only, while the certificate "
                + "is valid, and not on products or in a way that suggests a product was certified.")
                .collect(Collectors.joining("\n"));
        LocalDate withdrawnOn = DECISION.plusYears(1);
        LicenceView licence = new LicenceView(UUID.randomUUID(), UUID.randomUUID(), "CB-2026-000042", UUID.randomUUID(),
                LicenceStatus.REVOKED, DECISION, withdrawnOn,
                new LicenceView.Terms(2, DECISION, "Certificate issuance and right to use licence", terms));

        List<String> pages = PdfReading.pagesOf(new LicencePdf(certificationBody).render(licence,
                new CurrentStatus(CertificateStatus.WITHDRAWN, withdrawnOn, 1, DECISION), "Example Services GmbH",
                "ISO/IEC 20000-1:2018"));

        assertThat(pages).hasSizeGreaterThan(1).allSatisfy(page -> assertThat(page).contains(
                "REVOKED — NOT VALID. Right to use revoked since " + withdrawnOn + ". Certificate withdrawn on " + withdrawnOn));
        assertThat(pages.getFirst()).contains("OpenCert Certification GmbH", "Licence holder: Example Services GmbH",
                "Clause 1. The holder");
        assertThat(pages.getLast()).contains("Clause 40. The holder", "suggests a product was certified.");
    }

    @Test
    void theLongestTitleTermsAndHolderPrintInUnderASecond() throws Exception {
        // each as long as the requests that set it allow, and unbroken: the worst case for the layout
        LicenceView licence = new LicenceView(UUID.randomUUID(), UUID.randomUUID(), "CB-2026-000042", UUID.randomUUID(),
                LicenceStatus.GRANTED, DECISION, DECISION,
                new LicenceView.Terms(2, DECISION, "T".repeat(300), "X".repeat(20_000)));

        CpuTime.Measured<byte[]> pdf = CpuTime.of(() -> new LicencePdf(certificationBody).render(licence,
                new CurrentStatus(CertificateStatus.ACTIVE, DECISION, 1, DECISION), "H".repeat(300), "ISO/IEC 20000-1:2018"));

        assertThat(pdf.cpu()).isLessThan(Duration.ofSeconds(1));
        assertThat(PdfReading.textOf(pdf.result()).replaceAll("\\s", "")).contains("T".repeat(300), "H".repeat(300),
                "X".repeat(20_000));
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void anAuditorSeesNoLicences() {
        given().when().get("/api/v1/licences").then().statusCode(403);
    }

    private static byte[] licencePdf(Object licenceId) {
        return given().when().get("/api/v1/licences/{id}/pdf", licenceId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    private static Map<String, Object> licenceOf(CertificateView certificate) {
        return given().queryParam("clientId", certificate.clientId()).when().get("/api/v1/licences")
                .then().statusCode(200).body("total", is(1))
                .extract().jsonPath().getMap("items[0]");
    }
}
