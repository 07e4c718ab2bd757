package io.opencert.certificate.decision;

import io.opencert.certificate.Certification;
import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.certificate.CertificateRevisedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;
import io.opencert.events.model.TeamRole;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/**
 * A certificate's scope and sites grow only through a scope extension audit and the decision it opens: the public
 * register shows the extended scope from the grant on, as a new revision.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
@TestSecurity(user = "decider", roles = "decision-maker")
class ScopeExtensionDecisionTest extends CertificationTestBase {
    private static final LocalDate CERTIFIED = LocalDate.of(2026, 4, 20);
    private static final String EXTENDED = "Operation of IT services for hospitals and clinics";
    private static final List<TeamMember> EXTENSION_TEAM = List.of(
            new TeamMember("auditor3", "Cora Auditor", TeamRole.LEAD_AUDITOR));

    @Inject
    DecisionService decisions;

    @Test
    void theExtensionAuditOpensADecisionWhoseGrantReissuesTheCertificateWithTheNewScopeAndSite() {
        CertificateView certificate = certification.certifiedOn(CERTIFIED);
        AuditCompletedV1 audit = extensionAudit(certificate, Recommendation.CERTIFY);
        UUID linz = audit.sites().getLast().siteId();
        DecisionView decision = certification.open(audit);

        given().queryParam("certificateId", certificate.id()).queryParam("kind", "SCOPE_EXTENSION")
                .when().get("/api/v1/decisions")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", is(decision.id().toString()))
                .body("items[0].status", is("OPEN"))
                .body("items[0].auditType", is("SCOPE_EXTENSION"))
                .body("items[0].openedBy", is("certificate-service"))
                .body("items[0].change.scope", is(EXTENDED))
                .body("items[0].change.sites.site.city", contains("Vienna", "Graz", "Linz"))
                .body("items[0].reason", containsString("recommendation CERTIFY"));
        given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200).body("scope", is(certificate.scope())).body("revision", is(1))
                .body("sites", hasSize(2));

        grant(decision, Map.of(linz.toString(), "Service desk for clinics")).statusCode(200)
                .body("decision.status", is("GRANTED"))
                .body("certificate.status", is("ACTIVE"))
                .body("certificate.revision", is(2))
                .body("certificate.scope", is(EXTENDED))
                .body("certificate.sites.city", contains("Vienna", "Graz", "Linz"))
                .body("certificate.sites.scope", contains(EXTENDED, EXTENDED, "Service desk for clinics"))
                .body("certificate.expiryDate", is(certificate.expiryDate().toString()));

        given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200).body("scope", is(EXTENDED)).body("revision", is(2))
                .body("sites.city", contains("Vienna", "Graz", "Linz"));
        given().when().get("/api/v1/certificates/{id}/revisions", certificate.id())
                .then().statusCode(200).body("reason", contains("INITIAL", "SCOPE_EXTENSION"));
        CertificateRevisedV1 revised = CloudEvents.published(connector, CertificateRevisedV1.class,
                event -> event.certificateId().equals(certificate.id())).data();
        assertThat(revised.reason()).isEqualTo("SCOPE_EXTENSION");
        assertThat(revised.decisionId()).isEqualTo(decision.id());
        assertThat(revised.scope()).isEqualTo(EXTENDED);
        assertThat(revised.sites()).extracting(Site::city).containsExactly("Vienna", "Graz", "Linz");
    }

    @Test
    void nobodyOnAnAuditTeamOfTheCycleGrantsItAndAnAuditAgainstItCarriesNoExtension() {
        CertificateView certificate = certification.certifiedOn(CERTIFIED);
        DecisionView decision = certification.open(extensionAudit(certificate, Recommendation.CERTIFY));

        // auditor1 led the stage 2 audit of this programme, auditor3 the extension audit
        for (String member : List.of("auditor1", "auditor3")) {
            assertThat(Certification.refusedBy(() -> decisions.grant(decision.id(), member, "I audited it", Map.of())))
                    .isEqualTo("decision-maker-on-audit-team");
        }

        CertificateView other = certification.certifiedOn(CERTIFIED);
        DecisionView against = certification.open(extensionAudit(other, Recommendation.REFUSE));
        grant(against, Map.of()).statusCode(409).body("type", endsWith("/extension-not-recommended"));
        given().contentType(ContentType.JSON).body(Map.of("rationale", "The clinics' service desk is not yet effective."))
                .when().post("/api/v1/decisions/{id}/refusal", against.id())
                .then().statusCode(200).body("status", is("REFUSED"));
        given().when().get("/api/v1/public/certificates/{number}", other.number())
                .then().statusCode(200).body("scope", is(other.scope())).body("revision", is(1));
    }

    @Test
    void aSuspendedCertificateIsNotExtendedUntilItIsReinstated() {
        CertificateView certificate = certification.certifiedOn(CERTIFIED);
        DecisionView decision = certification.open(extensionAudit(certificate, Recommendation.CERTIFY));
        clock.setTo(CERTIFIED.plusMonths(7).atTime(9, 0).toInstant(ZoneOffset.UTC));
        certification.suspend(certificate.id(), SuspensionReason.CLIENT_REQUEST, "The client moves its data centre");

        grant(decision, Map.of()).statusCode(409).body("type", endsWith("/extend-scope-only-active"));
        given().when().get("/api/v1/decisions/{id}", decision.id()).then().statusCode(200).body("status", is("OPEN"));

        certification.reinstate(certificate.id(), "The move is complete");
        grant(decision, Map.of()).statusCode(200).body("certificate.scope", is(EXTENDED));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void staffCannotExtendAScopeWithoutItsAudit() {
        CertificateView certificate = certification.certifiedOn(CERTIFIED);

        given().contentType(ContentType.JSON).body(Map.of("certificateId", certificate.id(), "kind", "SCOPE_EXTENSION",
                        "scope", EXTENDED, "reason", "The client asked for clinics"))
                .when().post("/api/v1/decisions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("kind"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "ADDRESS_CHANGE", "scope", EXTENDED, "note", "wider"))
                .when().post("/api/v1/certificates/{id}/reissue", certificate.id())
                .then().statusCode(409).body("type", endsWith("/scope-change-needs-decision"));
        given().queryParam("certificateId", certificate.id()).when().get("/api/v1/decisions")
                .then().statusCode(200).body("items.kind", contains("CERTIFICATION"));
    }

    /** A scope extension audit of the certificate's programme: its sites and a new one in Linz, clinics added. */
    private AuditCompletedV1 extensionAudit(CertificateView certificate, Recommendation recommendation) {
        clock.setTo(CERTIFIED.plusMonths(5).atTime(10, 0).toInstant(ZoneOffset.UTC));
        List<Site> sites = new ArrayList<>(certificate.sites().stream().map(site -> new Site(site.siteId(), site.name(),
                site.city(), site.country(), site.centralFunction(), site.persons())).toList());
        sites.add(new Site(UUID.randomUUID(), "Service desk", "Linz", "AT", false, 5));
        return new AuditCompletedV1(UUID.randomUUID(), certificate.programmeId(), certificate.clientId(),
                certificate.holderName(), AuditType.SCOPE_EXTENSION, List.of(Standard.ISO_IEC_20000_1_2018), EXTENDED,
                sites, EXTENSION_TEAM, Map.of(FindingGrade.MINOR_NONCONFORMITY, 1), 0, CERTIFIED.plusMonths(5),
                recommendation, Instant.parse("2026-09-20T15:00:00Z"), List.copyOf(sites), null, null, null);
    }

    private static ValidatableResponse grant(DecisionView decision, Map<String, String> siteScopes) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("rationale", "The extension audit shows the clinics' services conform.", "siteScopes", siteScopes))
                .when().post("/api/v1/decisions/{id}/grant", decision.id())
                .then();
    }
}
