package io.opencert.certificate.certificate;

import io.opencert.certificate.rules.ScopedSite;
import io.opencert.certificate.Certification;
import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.PdfReading;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.certificate.dto.SiteView;
import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.decision.DecisionService;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateRevisedV1;
import io.opencert.events.model.Site;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
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

/**
 * The administrative reissue and a granted scope reduction make new revisions; the holder and staff download each of
 * them as PDF.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class RevisionTest extends CertificationTestBase {
    @Inject
    DecisionService decisions;

    private static final LocalDate DECISION = LocalDate.of(2026, 3, 20);
    private static final String CLIENT = "c1c00000-0000-4000-8000-000000000003";
    private static final String REDUCED = "Operation of IT services for hospitals (Vienna only)";

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aReissueMakesANewRevisionThatSupersedesTheOldOneAndEachDownloads() throws Exception {
        CertificateView certificate = certification.certifiedOn(DECISION);
        LocalDate reissuedOn = DECISION.plusMonths(5);
        clock.setTo(reissuedOn.atTime(9, 0).toInstant(ZoneOffset.UTC));

        given().contentType(ContentType.JSON).body(newAddress(certificate))
                .when().post("/api/v1/certificates/{id}/reissue", certificate.id())
                .then().statusCode(200)
                .body("revision", is(2))
                .body("holderName", is("Example Services AG"))
                .body("sites.city", contains("Linz", "Graz"))
                .body("sites.scope", contains(certificate.scope(), certificate.scope()))
                .body("scope", is(certificate.scope()))
                .body("issueDate", is(reissuedOn.toString()))
                .body("originalCertificationDate", is(DECISION.toString()))
                .body("expiryDate", is(certificate.expiryDate().toString()));
        given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200).body("holder", is("Example Services AG")).body("sites.city", contains("Linz", "Graz"));
        certification.change(certificate.id(), DecisionKind.SCOPE_REDUCTION, null, REDUCED,
                List.of(scoped(inLinz(certificate.sites().getFirst()))), "Graz closed");

        given().when().get("/api/v1/certificates/{id}/revisions", certificate.id())
                .then().statusCode(200)
                .body("revision", contains(1, 2, 3))
                .body("reason", contains("INITIAL", "ADDRESS_CHANGE", "SCOPE_REDUCTION"))
                .body("holderName", contains("Example Services GmbH", "Example Services AG", "Example Services AG"))
                .body("current", contains(false, false, true));

        PdfReading first = PdfReading.of(pdf("/api/v1/certificates/{id}/revisions/1/pdf", certificate.id()));
        assertThat(first.text()).contains("Example Services GmbH", "Vienna", "Revision: 1").doesNotContain("Linz");
        assertThat(first.qrCode()).isEqualTo("https://register.example.org/register/certificates/" + certificate.number());
        PdfReading current = PdfReading.of(pdf("/api/v1/certificates/{id}/pdf", certificate.id()));
        assertThat(current.text()).contains("Example Services AG", "Linz", "(Vienna only)",
                "Revision: 3 (supersedes revision 2)", "Issue date: " + reissuedOn, "Original certification: " + DECISION);

        given().when().get("/api/v1/certificates/{id}/revisions/9/pdf", certificate.id())
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(certification.history(certificate.id())).extracting(entry -> entry.action)
                .containsExactly("issued", "reissued", "scope-reduced");

        CertificateRevisedV1 moved = revised(certificate, 2);
        assertThat(moved.reason()).isEqualTo("ADDRESS_CHANGE");
        assertThat(moved.supersededRevision()).isEqualTo(1);
        assertThat(moved.number()).isEqualTo(certificate.number());
        assertThat(moved.clientId()).isEqualTo(certificate.clientId());
        assertThat(moved.holderName()).isEqualTo("Example Services AG");
        assertThat(moved.sites()).extracting(site -> site.city()).containsExactly("Linz", "Graz");
        assertThat(moved.decisionId()).as("an administrative reissue needs no decision").isNull();
        assertThat(moved.issueDate()).isEqualTo(reissuedOn);
        assertThat(moved.expiryDate()).isEqualTo(certificate.expiryDate());
        CertificateRevisedV1 reduced = revised(certificate, 3);
        assertThat(reduced.reason()).isEqualTo("SCOPE_REDUCTION");
        assertThat(reduced.supersededRevision()).isEqualTo(2);
        assertThat(reduced.scope()).isEqualTo(REDUCED);
        assertThat(reduced.decisionId()).isEqualTo(certification.decisionsOf(certificate.clientId()).stream()
                .filter(decision -> decision.kind() == DecisionKind.SCOPE_REDUCTION).findFirst().orElseThrow().id());
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void eachSiteKeepsItsOwnScopeThroughReissueAndScopeReductionOnEveryDocument() throws Exception {
        CertificateView certificate = certification.certifiedOn(DECISION);
        clock.setTo(DECISION.plusMonths(3).atTime(9, 0).toInstant(ZoneOffset.UTC));
        SiteView head = certificate.sites().get(0);
        SiteView graz = certificate.sites().get(1);

        given().contentType(ContentType.JSON).body(Map.of("certificateId", certificate.id(), "kind", "SCOPE_REDUCTION",
                        "scope", "Operation of IT services for hospitals", "reason", "blank",
                        "sites", List.of(site(head, null), site(graz, " "))))
                .when().post("/api/v1/decisions")
                .then().statusCode(400).body("violations.field", contains("sites[1].scope"));
        String decision = given().contentType(ContentType.JSON).body(Map.of("certificateId", certificate.id(),
                        "kind", "SCOPE_REDUCTION", "scope", "Operation of IT services for hospitals",
                        "reason", "Graz hosts only, no clinics",
                        "sites", List.of(site(head, null), site(graz, "Hosting of hospital systems"))))
                .when().post("/api/v1/decisions")
                .then().statusCode(201).body("status", is("OPEN")).extract().path("id");
        Certification.onVertx(() -> decisions.grant(UUID.fromString(decision), "decider", "Graz only hosts", Map.of()));
        given().when().get("/api/v1/certificates/{id}", certificate.id())
                .then().statusCode(200)
                .body("revision", is(2))
                .body("sites.scope", contains("Operation of IT services for hospitals", "Hosting of hospital systems"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "ADDRESS_CHANGE", "note", "Graz moved",
                        "sites", List.of(site(head, null), site(graz, "Hosting of hospital systems"))))
                .when().post("/api/v1/certificates/{id}/reissue", certificate.id())
                .then().statusCode(200)
                .body("revision", is(3))
                .body("sites.scope", contains("Operation of IT services for hospitals", "Hosting of hospital systems"));

        given().when().get("/api/v1/certificates/{id}/revisions", certificate.id())
                .then().statusCode(200)
                .body("[0].sites.scope", contains(certificate.scope(), certificate.scope()))
                .body("[1].sites.scope", contains("Operation of IT services for hospitals", "Hosting of hospital systems"));
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
        certification.suspend(certificate.id(), SuspensionReason.UNRESOLVED_MAJOR_NONCONFORMITY, "Graz site fails 8.7.2");

        given().contentType(ContentType.JSON).body(Map.of("reason", "ADDRESS_CHANGE", "holderName", "x", "note", "while suspended"))
                .when().post("/api/v1/certificates/{id}/reissue", certificate.id())
                .then().statusCode(409).body("type", endsWith("/reissue-only-active"));
        String decision = given().contentType(ContentType.JSON)
                .body(Map.of("certificateId", certificate.id(), "kind", "SCOPE_REDUCTION", "scope", REDUCED,
                        "reason", "Graz excluded", "sites", List.of(site(certificate.sites().getFirst(), null))))
                .when().post("/api/v1/decisions")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("rationale", "Vienna alone meets the requirements"))
                .when().post("/api/v1/decisions/{id}/grant", decision)
                .then().statusCode(200)
                .body("certificate.status", is("ACTIVE"))
                .body("certificate.revision", is(2))
                .body("certificate.sites.city", contains("Vienna"))
                .body("certificate.scope", is(REDUCED));
        given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200).body("sites.city", contains("Vienna"));
        CertificateReinstatedV1 reinstated = CloudEvents.published(connector, CertificateReinstatedV1.class,
                event -> event.certificateId().equals(certificate.id())).data();
        assertThat(reinstated.reinstatedOn()).isEqualTo(DECISION.plusMonths(14));
        assertThat(reinstated.decisionId()).hasToString(decision);
        CertificateRevisedV1 reduced = revised(certificate, 2);
        assertThat(reduced.reason()).isEqualTo("SCOPE_REDUCTION");
        assertThat(reduced.scope()).isEqualTo(REDUCED);
        assertThat(reduced.sites()).extracting(site -> site.city()).containsExactly("Vienna");
        assertThat(reduced.decisionId()).hasToString(decision);

        certification.withdraw(certificate.id(), "client left");
        given().contentType(ContentType.JSON).body(Map.of("certificateId", certificate.id(), "kind", "SCOPE_REDUCTION",
                        "scope", "less", "reason", "too late"))
                .when().post("/api/v1/decisions")
                .then().statusCode(409).body("type", endsWith("/reduce-scope-only-active-or-suspended"));
        given().contentType(ContentType.JSON).body(Map.of("certificateId", certificate.id(), "kind", "SCOPE_REDUCTION",
                        "scope", " ", "reason", "x", "sites", List.of()))
                .when().post("/api/v1/decisions")
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
        given().contentType(ContentType.JSON).body(newAddress(own))
                .when().post("/api/v1/certificates/{id}/reissue", own.id())
                .then().statusCode(403);
    }

    /** The holder renamed and its head office moved to Linz: the same sites, certified for the same scopes. */
    private static Map<String, Object> newAddress(CertificateView certificate) {
        return Map.of("reason", "ADDRESS_CHANGE", "holderName", "Example Services AG", "note", "Renamed and moved",
                "sites", List.of(site(inLinz(certificate.sites().get(0)), null),
                        site(certificate.sites().get(1), null)));
    }

    private static SiteView inLinz(SiteView site) {
        return new SiteView(site.siteId(), site.name(), "Linz", site.country(), site.centralFunction(), site.persons(),
                site.scope());
    }

    private static ScopedSite scoped(SiteView site) {
        return new ScopedSite(new Site(site.siteId(), site.name(), site.city(), site.country(), site.centralFunction(),
                site.persons()), null);
    }

    /** A site of the certificate as a request names it, with its own scope or none. */
    private static Map<String, Object> site(SiteView site, String scope) {
        Map<String, Object> named = new java.util.HashMap<>(Map.of("siteId", site.siteId(), "name", site.name(),
                "city", site.city(), "country", site.country(), "centralFunction", site.centralFunction(),
                "persons", site.persons()));
        if (scope != null) {
            named.put("scope", scope);
        }
        return named;
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
