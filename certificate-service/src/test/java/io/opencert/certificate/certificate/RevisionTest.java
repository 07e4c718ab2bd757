package io.opencert.certificate.certificate;

import io.opencert.certificate.Certification;
import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.PdfReading;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateRevisedV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

/** Reissue and scope reduction make new revisions; the holder and staff download each of them as PDF. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class RevisionTest extends CertificationTestBase {
    private static final LocalDate DECISION = LocalDate.of(2026, 3, 20);
    private static final String CLIENT = "c1c00000-0000-4000-8000-000000000003";
    private static final Map<String, Object> NEW_ADDRESS = Map.of("reason", "ADDRESS_CHANGE",
            "holderName", "Example Services AG", "note", "Renamed and moved",
            "sites", List.of(Map.of("name", "Head office", "city", "Linz", "country", "AT", "centralFunction", true, "persons", 14)));

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aReissueMakesANewRevisionThatSupersedesTheOldOneAndEachDownloads() throws Exception {
        CertificateView certificate = certification.certifiedOn(DECISION);
        LocalDate reissuedOn = DECISION.plusMonths(5);
        clock.setTo(reissuedOn.atTime(9, 0).toInstant(ZoneOffset.UTC));

        given().contentType(ContentType.JSON).body(NEW_ADDRESS)
                .when().post("/api/v1/certificates/{id}/reissue", certificate.id())
                .then().statusCode(200)
                .body("revision", is(2))
                .body("holderName", is("Example Services AG"))
                .body("sites.city", contains("Linz"))
                .body("scope", is(certificate.scope()))
                .body("issueDate", is(reissuedOn.toString()))
                .body("originalCertificationDate", is(DECISION.toString()))
                .body("expiryDate", is(certificate.expiryDate().toString()));
        given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200).body("holder", is("Example Services AG")).body("sites.city", contains("Linz"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "SCOPE_CHANGE", "scope", "Operation of IT services for hospitals and clinics",
                        "note", "Clinics added after the special audit"))
                .when().post("/api/v1/certificates/{id}/reissue", certificate.id())
                .then().statusCode(200).body("revision", is(3)).body("holderName", is("Example Services AG"));

        given().when().get("/api/v1/certificates/{id}/revisions", certificate.id())
                .then().statusCode(200)
                .body("revision", contains(1, 2, 3))
                .body("reason", contains("INITIAL", "ADDRESS_CHANGE", "SCOPE_CHANGE"))
                .body("holderName", contains("Example Services GmbH", "Example Services AG", "Example Services AG"))
                .body("current", contains(false, false, true));

        PdfReading first = PdfReading.of(pdf("/api/v1/certificates/{id}/revisions/1/pdf", certificate.id()));
        assertThat(first.text()).contains("Example Services GmbH", "Vienna", "Revision: 1").doesNotContain("Linz");
        assertThat(first.qrCode()).isEqualTo("https://register.example.org/register/certificates/" + certificate.number());
        PdfReading current = PdfReading.of(pdf("/api/v1/certificates/{id}/pdf", certificate.id()));
        assertThat(current.text()).contains("Example Services AG", "Linz", "hospitals and clinics",
                "Revision: 3 (supersedes revision 2)", "Issue date: " + reissuedOn, "Original certification: " + DECISION);

        given().when().get("/api/v1/certificates/{id}/revisions/9/pdf", certificate.id())
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(certification.history(certificate.id())).extracting(entry -> entry.action)
                .containsExactly("issued", "reissued", "reissued");

        CertificateRevisedV1 moved = revised(certificate, 2);
        assertThat(moved.reason()).isEqualTo("ADDRESS_CHANGE");
        assertThat(moved.supersededRevision()).isEqualTo(1);
        assertThat(moved.number()).isEqualTo(certificate.number());
        assertThat(moved.clientId()).isEqualTo(certificate.clientId());
        assertThat(moved.holderName()).isEqualTo("Example Services AG");
        assertThat(moved.sites()).extracting(site -> site.city()).containsExactly("Linz");
        assertThat(moved.issueDate()).isEqualTo(reissuedOn);
        assertThat(moved.expiryDate()).isEqualTo(certificate.expiryDate());
        CertificateRevisedV1 widened = revised(certificate, 3);
        assertThat(widened.reason()).isEqualTo("SCOPE_CHANGE");
        assertThat(widened.supersededRevision()).isEqualTo(2);
        assertThat(widened.scope()).isEqualTo("Operation of IT services for hospitals and clinics");
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void eachSiteKeepsItsOwnScopeThroughReissueAndScopeReductionOnEveryDocument() throws Exception {
        CertificateView certificate = certification.certifiedOn(DECISION);
        clock.setTo(DECISION.plusMonths(3).atTime(9, 0).toInstant(ZoneOffset.UTC));
        List<Map<String, Object>> sites = List.of(
                Map.of("name", "Head office", "city", "Vienna", "country", "AT", "centralFunction", true, "persons", 12),
                Map.of("name", "Data centre", "city", "Graz", "country", "AT", "persons", 3, "scope", " "));

        given().contentType(ContentType.JSON).body(Map.of("reason", "SCOPE_CHANGE", "note", "blank", "sites", sites))
                .when().post("/api/v1/certificates/{id}/reissue", certificate.id())
                .then().statusCode(400).body("violations.field", contains("sites[1].scope"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "SCOPE_CHANGE", "scope", "Operation of IT services for hospitals and clinics",
                        "note", "Graz hosts only", "sites", List.of(sites.get(0),
                                Map.of("name", "Data centre", "city", "Graz", "country", "AT", "persons", 3,
                                        "scope", "Hosting of hospital systems"))))
                .when().post("/api/v1/certificates/{id}/reissue", certificate.id())
                .then().statusCode(200)
                .body("sites.scope", contains("Operation of IT services for hospitals and clinics", "Hosting of hospital systems"));

        given().contentType(ContentType.JSON).body(Map.of("scope", "Operation of IT services for hospitals", "note", "No clinics"))
                .when().post("/api/v1/certificates/{id}/scope-reduction", certificate.id())
                .then().statusCode(200)
                .body("revision", is(3))
                .body("sites.scope", contains("Operation of IT services for hospitals", "Hosting of hospital systems"));
        assertThat(revised(certificate, 3).reason()).isEqualTo("SCOPE_REDUCTION");

        given().when().get("/api/v1/certificates/{id}/revisions", certificate.id())
                .then().statusCode(200)
                .body("[0].sites.scope", contains("Operation of IT services for hospitals", "Operation of IT services for hospitals"))
                .body("[1].sites.scope", contains("Operation of IT services for hospitals and clinics", "Hosting of hospital systems"));
        given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200)
                .body("sites.scope", contains("Operation of IT services for hospitals", "Hosting of hospital systems"));
        assertThat(given().when().get("/register/certificates/{number}", certificate.number()).then().statusCode(200)
                .extract().asString()).contains("Data centre, Graz, AT<span class=\"site-scope\">Scope: Hosting of hospital systems");
        String pdf = PdfReading.of(pdf("/api/v1/certificates/{id}/pdf", certificate.id())).text().replaceAll("\\s+", " ");
        assertThat(pdf).contains("Site: Data centre, Graz, AT Scope at this site: Hosting of hospital systems")
                .containsOnlyOnce("Scope at this site");
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void aSuspendedCertificateReducedInScopeIsActiveAgainAndOnlyLiveOnesChange() {
        CertificateView certificate = certification.certifiedOn(DECISION);
        clock.setTo(DECISION.plusMonths(14).atTime(9, 0).toInstant(ZoneOffset.UTC));
        Certification.onVertx(() -> certificates.suspend(certificate.id(),
                io.opencert.certificate.rules.SuspensionReason.UNRESOLVED_MAJOR_NONCONFORMITY, "Graz site fails 8.7.2", "decider"));

        given().contentType(ContentType.JSON).body(Map.of("reason", "SCOPE_CHANGE", "scope", "x", "note", "while suspended"))
                .when().post("/api/v1/certificates/{id}/reissue", certificate.id())
                .then().statusCode(409).body("type", endsWith("/reissue-only-active"));
        given().contentType(ContentType.JSON)
                .body(Map.of("scope", "Operation of IT services for hospitals (Vienna only)", "note", "Graz excluded",
                        "sites", List.of(Map.of("name", "Head office", "city", "Vienna", "country", "AT",
                                "centralFunction", true, "persons", 12))))
                .when().post("/api/v1/certificates/{id}/scope-reduction", certificate.id())
                .then().statusCode(200)
                .body("status", is("ACTIVE"))
                .body("revision", is(2))
                .body("sites.city", contains("Vienna"))
                .body("scope", is("Operation of IT services for hospitals (Vienna only)"));
        given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200).body("sites.city", contains("Vienna"));
        assertThat(CloudEvents.published(connector, CertificateReinstatedV1.class,
                event -> event.certificateId().equals(certificate.id())).data().reinstatedOn())
                .isEqualTo(DECISION.plusMonths(14));
        CertificateRevisedV1 reduced = revised(certificate, 2);
        assertThat(reduced.reason()).isEqualTo("SCOPE_REDUCTION");
        assertThat(reduced.scope()).isEqualTo("Operation of IT services for hospitals (Vienna only)");
        assertThat(reduced.sites()).extracting(site -> site.city()).containsExactly("Vienna");

        Certification.onVertx(() -> certificates.withdraw(certificate.id(), "client left", "decider"));
        given().contentType(ContentType.JSON).body(Map.of("scope", "less", "note", "too late"))
                .when().post("/api/v1/certificates/{id}/scope-reduction", certificate.id())
                .then().statusCode(409).body("type", endsWith("/reduce-scope-only-active-or-suspended"));
        given().contentType(ContentType.JSON).body(Map.of("scope", " ", "note", "x", "sites", List.of()))
                .when().post("/api/v1/certificates/{id}/scope-reduction", certificate.id())
                .then().statusCode(400).body("violations.field", contains("scope", "sites"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "ADDRESS_CHANGE", "note", "moved",
                        "sites", List.of(Map.of("name", "Head office", "city", " ", "country", "AT", "persons", 3))))
                .when().post("/api/v1/certificates/{id}/reissue", certificate.id())
                .then().statusCode(400).body("violations.field", contains("sites[0].city"));
        assertThat(CloudEvents.allPublished(connector, CertificateRevisedV1.class))
                .as("refused reissues and reductions announce nothing")
                .filteredOn(event -> event.data().certificateId().equals(certificate.id()))
                .extracting(event -> event.data().revision()).containsExactly(2);
    }

    @Test
    @TestSecurity(user = "client-c", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = CLIENT))
    void aClientUserDownloadsOwnCertificatesButNotOthersAndChangesNothing() throws Exception {
        CertificateView own = certification.certify(UUID.fromString(CLIENT)).certificate();
        CertificateView foreign = certification.certify(UUID.randomUUID()).certificate();

        assertThat(PdfReading.of(pdf("/api/v1/certificates/{id}/pdf", own.id())).text()).contains(own.number());
        given().when().get("/api/v1/certificates/{id}/revisions", own.id()).then().statusCode(200).body("revision", contains(1));
        for (String path : List.of("/api/v1/certificates/{id}/pdf", "/api/v1/certificates/{id}/revisions/1/pdf",
                "/api/v1/certificates/{id}/revisions")) {
            given().when().get(path, foreign.id()).then().statusCode(404)
                    .body("detail", is("Certificate " + foreign.id() + " not found."));
        }
        given().contentType(ContentType.JSON).body(NEW_ADDRESS)
                .when().post("/api/v1/certificates/{id}/reissue", own.id())
                .then().statusCode(403);
    }

    /** The CertificateRevised event of this revision, once the outbox relay has sent it. */
    private CertificateRevisedV1 revised(CertificateView certificate, int revision) {
        CloudEvents.Published<CertificateRevisedV1> event = CloudEvents.published(connector, CertificateRevisedV1.class,
                revised -> revised.certificateId().equals(certificate.id()) && revised.revision() == revision);
        assertThat(event.attributes().getSubject()).contains(certificate.id().toString());
        return event.data();
    }

    private static byte[] pdf(String path, UUID id) {
        return given().when().get(path, id)
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".pdf"))
                .extract().asByteArray();
    }
}
