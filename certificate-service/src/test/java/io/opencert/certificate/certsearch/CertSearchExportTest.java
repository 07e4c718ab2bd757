package io.opencert.certificate.certsearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencert.certificate.Certification;
import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.certsearch.dto.CertSearchCertification;
import io.opencert.certificate.certsearch.dto.CertSearchExportPage;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

/**
 * The IAF CertSearch export of one day's fixture: holders who consent (one multi-site, one suspended, one withdrawn),
 * one who never did and one who withdrew the consent. Each test certifies on a day of its own, so that the windows
 * it exports hold its own fixture only.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class CertSearchExportTest extends CertificationTestBase {
    private static final String SCOPE = "Operation of IT services for hospitals";
    private static final String HEADER = CertSearchCsvTest.HEADER;
    private static final CertSearchCertification.Site HEAD_OFFICE = new CertSearchCertification.Site("Head office",
            "Vienna", "AT", SCOPE);
    private static final CertSearchCertification.Site DATA_CENTRE = new CertSearchCertification.Site("Data centre",
            "Graz", "AT", SCOPE);

    @Inject
    ObjectMapper json;

    /** The fixture's certificates as they stand after the day. */
    record Fixture(LocalDate day, CertificateView alpha, CertificateView beta, CertificateView gamma,
                   CertificateView delta, CertificateView epsilon) {
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void theExportOfADayHoldsTheConsentingHoldersCertificatesAndDeletesThoseWhoWithdrew() throws Exception {
        Fixture fixture = fixture(LocalDate.of(2071, 6, 15));

        String csv = given().queryParam("changedSince", "2071-06-15").queryParam("format", "csv")
                .when().get("/api/v1/certsearch/export")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"certsearch.csv\""))
                .extract().asString();
        assertThat(csv).isEqualTo(expectedCsv(fixture));
        // the same asked for by Accept
        given().accept("text/csv").queryParam("changedSince", "2071-06-15T00:00:00Z")
                .when().get("/api/v1/certsearch/export")
                .then().statusCode(200).body(is(expectedCsv(fixture)));

        CertSearchExportPage page = json.readValue(given().queryParam("changedSince", "2071-06-15")
                .when().get("/api/v1/certsearch/export")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString(), CertSearchExportPage.class);
        assertThat(page.changedSince()).isEqualTo(Instant.parse("2071-06-15T00:00:00Z"));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.certifications()).isEqualTo(List.of(
                published(fixture.alpha(), "Active", "Alpha, \"Cloud\" Services GmbH", fixture.day(), HEAD_OFFICE, DATA_CENTRE),
                published(fixture.beta(), "Suspended", "=Beta IT AG", fixture.day(), HEAD_OFFICE),
                published(fixture.gamma(), "Withdrawn", "Gamma GmbH", fixture.day(), HEAD_OFFICE, DATA_CENTRE),
                deleted(fixture.epsilon())));

        // a page of two, of the same window
        given().queryParam("changedSince", "2071-06-15").queryParam("changedBefore", page.changedBefore().toString())
                .queryParam("page", 1).queryParam("size", 2)
                .when().get("/api/v1/certsearch/export")
                .then().statusCode(200)
                .body("total", is(4))
                .body("certifications.certificate_number", is(List.of(fixture.gamma().number(), fixture.epsilon().number())))
                .body("certifications[0].certification_sites.site_name", is(List.of("Head office", "Data centre")));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void laterExportsCarryOnlyLaterChangesAndHoldersWhoConsentedSince() {
        Fixture fixture = fixture(LocalDate.of(2072, 2, 10));
        clock.advance(Duration.ofHours(2));
        Instant later = clock.instant();
        CertificateView alpha = certification.suspend(fixture.alpha().id(), SuspensionReason.CLIENT_REQUEST,
                "The holder asked for a pause.");
        consent(fixture.delta().clientId(), true);

        String day = compact(fixture.day());
        String expiry = compact(fixture.day().plusYears(3).minusDays(1));
        String alphaCells = alpha.id() + "," + alpha.number() + ",Suspended," + body() + day + "," + day + "," + expiry
                + "," + alpha.clientId() + ",\"Alpha, \"\"Cloud\"\" Services GmbH\",AT,Vienna,";
        String deltaCells = fixture.delta().id() + "," + fixture.delta().number() + ",Active," + body() + day + "," + day
                + "," + expiry + "," + fixture.delta().clientId() + ",Delta KG,AT,Vienna,";
        given().queryParam("changedSince", later.toString()).queryParam("format", "csv")
                .when().get("/api/v1/certsearch/export")
                .then().statusCode(200)
                .body(is(HEADER
                        + alphaCells + "Head office,Vienna,AT," + SCOPE + "\r\n"
                        + alphaCells + "Data centre,Graz,AT," + SCOPE + "\r\n"
                        + deltaCells + "Head office,Vienna,AT," + SCOPE + "\r\n"
                        + deltaCells + "Data centre,Graz,AT," + SCOPE + "\r\n"));
        given().queryParam("changedSince", clock.instant().plusSeconds(1).toString()).queryParam("changedBefore",
                        clock.instant().plusSeconds(60).toString()).queryParam("format", "csv")
                .when().get("/api/v1/certsearch/export")
                .then().statusCode(200).body(is(HEADER));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void theDailyFileHoldsTheDaysChangesAndIsNeverRewritten() throws Exception {
        LocalDate day = LocalDate.of(2073, 9, 3);
        Files.deleteIfExists(Path.of("target/certsearch").resolve(CertSearchDailyFile.name(day)));
        Fixture fixture = fixture(day);

        given().when().post("/api/v1/certsearch/files/{date}", "2073-09-03")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", is("date: must be a day that is over, before 2073-09-03"));
        clock.setTo(day.plusDays(1).atTime(0, 45).toInstant(ZoneOffset.UTC));
        String expected = expectedCsv(fixture);
        given().when().post("/api/v1/certsearch/files/{date}", "2073-09-03")
                .then().statusCode(200)
                .body("written", is(true))
                .body("file.fileName", is("certsearch-2073-09-03.csv"))
                .body("file.bytes", is(expected.getBytes().length));
        // a change after the day is not in the day's file, and a second run keeps the file written
        certification.withdraw(fixture.alpha().id(), "The holder closed its IT services.");
        given().when().post("/api/v1/certsearch/files/{date}", "2073-09-03")
                .then().statusCode(200).body("written", is(false));

        given().when().get("/api/v1/certsearch/files/{date}", "2073-09-03")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"certsearch-2073-09-03.csv\""))
                .body(is(expected));
        given().when().get("/api/v1/certsearch/files")
                .then().statusCode(200)
                .body("fileName", hasItem("certsearch-2073-09-03.csv"))
                .body("find { it.date == '2073-09-03' }.bytes", is(expected.getBytes().length));
        given().when().get("/api/v1/certsearch/files/{date}", "2999-01-01")
                .then().statusCode(404).body("detail", is("No CertSearch file for 2999-01-01."));
        given().when().get("/api/v1/certsearch/files/{date}", "3.9.2073")
                .then().statusCode(400).body("detail", is("date: must be a date (2026-03-14)"));
    }

    /**
     * On {@code day}: alpha (a comma and quotes in its name, two sites), beta (a name a spreadsheet would take for a
     * formula, one site, suspended), gamma (withdrawn) and epsilon consent; delta does not; epsilon withdraws its
     * consent at the end of the day.
     */
    private Fixture fixture(LocalDate day) {
        clock.setTo(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
        UUID alpha = consenting();
        UUID beta = consenting();
        UUID gamma = consenting();
        UUID epsilon = consenting();
        CertificateView alphaCertificate = certify(alpha, "Alpha, \"Cloud\" Services GmbH");
        AuditCompletedV1 betaAudit = Certification.auditCompleted(AuditType.STAGE_2, beta, "=Beta IT AG",
                List.of(Standard.ISO_IEC_20000_1_2018), 0);
        Site headOffice = betaAudit.sites().getFirst();
        UUID betaId = certification.grant(Certification.sampled(betaAudit, List.of(headOffice), List.of(headOffice)))
                .certificate().id();
        UUID gammaId = certify(gamma, "Gamma GmbH").id();
        CertificateView delta = certify(UUID.randomUUID(), "Delta KG");
        CertificateView epsilonCertificate = certify(epsilon, "Epsilon Ltd");
        CertificateView betaSuspended = certification.suspend(betaId, SuspensionReason.MISSED_SURVEILLANCE,
                "The surveillance audit was not held.");
        CertificateView gammaWithdrawn = certification.withdraw(gammaId, "The holder gave up its service management.");
        consent(epsilon, false);
        return new Fixture(day, alphaCertificate, betaSuspended, gammaWithdrawn, delta, epsilonCertificate);
    }

    private UUID consenting() {
        UUID clientId = UUID.randomUUID();
        consent(clientId, true);
        return clientId;
    }

    private static void consent(UUID clientId, boolean consented) {
        given().contentType(ContentType.JSON).body(Map.of("consented", consented, "note", "Form signed"))
                .when().put("/api/v1/certsearch/consents/{clientId}", clientId)
                .then().statusCode(200).body("consented", is(consented));
    }

    private CertificateView certify(UUID clientId, String holder) {
        return certification.certify(clientId, holder);
    }

    /** The whole file of the fixture's day, by certificate number. */
    private static String expectedCsv(Fixture f) {
        String alpha = cells(f.alpha(), "Active", "\"Alpha, \"\"Cloud\"\" Services GmbH\"", f.day());
        String beta = cells(f.beta(), "Suspended", "'=Beta IT AG", f.day());
        String gamma = cells(f.gamma(), "Withdrawn", "Gamma GmbH", f.day());
        return HEADER
                + alpha + "Head office,Vienna,AT," + SCOPE + "\r\n"
                + alpha + "Data centre,Graz,AT," + SCOPE + "\r\n"
                + beta + "Head office,Vienna,AT," + SCOPE + "\r\n"
                + gamma + "Head office,Vienna,AT," + SCOPE + "\r\n"
                + gamma + "Data centre,Graz,AT," + SCOPE + "\r\n"
                + f.epsilon().id() + "," + f.epsilon().number() + ",Deleted,,,,,,,,,,,," + f.epsilon().clientId()
                + ",,,,,,,\r\n";
    }

    /** A published line up to the site's cells: certified on the day, for three years. */
    private static String cells(CertificateView certificate, String status, String holderCell, LocalDate day) {
        return certificate.id() + "," + certificate.number() + "," + status + "," + body() + compact(day) + ","
                + compact(day) + "," + compact(day.plusYears(3).minusDays(1)) + "," + certificate.clientId() + ","
                + holderCell + ",AT,Vienna,";
    }

    private static String body() {
        return "Accredited,Example Accreditation Service,OpenCert Certification GmbH,Management System,"
                + "ISO/IEC 20000-1:2018," + SCOPE + ",33,Information technology,";
    }

    private static String compact(LocalDate day) {
        return DateTimeFormatter.BASIC_ISO_DATE.format(day);
    }

    private static CertSearchCertification published(CertificateView certificate, String status, String holder,
                                                     LocalDate day, CertSearchCertification.Site... sites) {
        return new CertSearchCertification(certificate.id().toString(), certificate.number(), status, "Accredited",
                "Example Accreditation Service", "OpenCert Certification GmbH", "Management System",
                "ISO/IEC 20000-1:2018", SCOPE, "33", "Information technology", day, day,
                day.plusYears(3).minusDays(1), certificate.clientId().toString(), holder, "AT", "Vienna", List.of(sites));
    }

    private static CertSearchCertification deleted(CertificateView certificate) {
        return new CertSearchCertification(certificate.id().toString(), certificate.number(), "Deleted", null, null,
                null, null, null, null, null, null, null, null, null, certificate.clientId().toString(), null, null,
                null, List.of());
    }
}
