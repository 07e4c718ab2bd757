package io.opencert.certificate.decision;

import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.Certification;
import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.rules.ChangeDecisions.RefusalConsequence;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.TeamMember;
import io.opencert.events.model.TeamRole;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Every change of a certificate's status or scope is a decision: staff ask for it, a decision-maker independent of
 * the cycle's audits grants or refuses it, and only a grant changes the certificate. The former direct paths are
 * refused by name.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class ChangeDecisionTest extends CertificationTestBase {
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 14);
    private static final String CLIENT = "c1c00000-0000-4000-8000-000000000012";

    @Inject
    DecisionService decisions;

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void staffAskForASuspensionThatChangesNothingUntilAnIndependentDecisionMakerGrantsIt() {
        CertificateView certificate = certification.certifiedOn(TODAY.minusMonths(4));
        clock.setTo(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC));

        String id = ask(certificate, "SUSPENSION", Map.of("suspensionReason", "MISUSE_OF_MARK"),
                "Mark printed on uncertified products")
                .statusCode(201)
                .header("Location", containsString("/api/v1/decisions/"))
                .body("kind", is("SUSPENSION"))
                .body("status", is("OPEN"))
                .body("openedBy", is("staff"))
                .body("certificateId", is(certificate.id().toString()))
                .body("change.suspensionReason", is("MISUSE_OF_MARK"))
                .body("change.certificateNumber", is(certificate.number()))
                .body("reason", is("Mark printed on uncertified products"))
                .extract().path("id");
        given().when().get("/api/v1/certificates/{id}", certificate.id()).then().body("status", is("ACTIVE"));
        given().when().get("/api/v1/public/certificates/{number}", certificate.number()).then().body("status", is("ACTIVE"));
        given().contentType(ContentType.JSON).body(Map.of("rationale", "Staff cannot decide."))
                .when().post("/api/v1/decisions/{id}/grant", id).then().statusCode(403);
        ask(certificate, "WITHDRAWAL", Map.of(), "and withdraw it too").statusCode(409)
                .body("type", is(Problem.type("change-decision-pending").toString()));

        CertificateView suspended = Certification.onVertx(() -> decisions.grant(UUID.fromString(id), "decider",
                "The misuse is documented by photographs", Map.of())).certificate();

        assertThat(suspended.status().name()).isEqualTo("SUSPENDED");
        assertThat(suspended.suspendedUntil()).isEqualTo(LocalDate.of(2027, 3, 14));
        assertThat(CloudEvents.published(connector, CertificateSuspendedV1.class,
                event -> event.certificateId().equals(certificate.id())).data())
                .isEqualTo(new CertificateSuspendedV1(certificate.id(), certificate.number(), certificate.clientId(),
                        "MISUSE_OF_MARK", TODAY, LocalDate.of(2027, 3, 14), UUID.fromString(id)));
        String register = given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().body("status", is("SUSPENDED")).extract().asString();
        assertThat(register).doesNotContain("MISUSE_OF_MARK", "photographs", "uncertified");
        given().queryParam("certificateId", certificate.id().toString()).when().get("/api/v1/decisions")
                .then().statusCode(200)
                .body("items.kind", contains("CERTIFICATION", "SUSPENSION"))
                .body("items.status", contains("GRANTED", "GRANTED"))
                .body("items[1].decidedBy", is("decider"))
                .body("items[1].rationale", is("The misuse is documented by photographs"));
        assertThat(certification.history(certificate.id())).filteredOn(entry -> entry.action.equals("suspended"))
                .singleElement().satisfies(entry -> assertThat(entry.actor).isEqualTo("decider"));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void everyFormerDirectPathIsRefusedByNameAndChangesNothing() {
        CertificateView certificate = certification.certifiedOn(TODAY.minusMonths(2));
        clock.setTo(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC));

        for (String path : List.of("suspension", "reinstatement", "withdrawal", "scope-reduction")) {
            given().contentType(ContentType.JSON).body(Map.of("reason", "CLIENT_REQUEST", "note", "x", "scope", "less"))
                    .when().post("/api/v1/certificates/{id}/" + path, certificate.id())
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", is(Problem.type("change-needs-decision").toString()));
        }
        given().contentType(ContentType.JSON).body(Map.of("reason", "SCOPE_CHANGE", "scope", "wider", "note", "x"))
                .when().post("/api/v1/certificates/{id}/reissue", certificate.id())
                .then().statusCode(409).body("type", is(Problem.type("change-needs-decision").toString()));
        given().contentType(ContentType.JSON).body(Map.of("reason", "ADDRESS_CHANGE", "scope", "wider", "note", "x"))
                .when().post("/api/v1/certificates/{id}/reissue", certificate.id())
                .then().statusCode(409).body("type", is(Problem.type("scope-change-needs-decision").toString()));
        List<Map<String, Object>> withAddedSite = List.of(site(certificate, 0), site(certificate, 1),
                Map.of("name", "New site", "city", "Linz", "country", "AT", "persons", 4));
        given().contentType(ContentType.JSON).body(Map.of("reason", "ADDRESS_CHANGE", "note", "x", "sites", withAddedSite))
                .when().post("/api/v1/certificates/{id}/reissue", certificate.id())
                .then().statusCode(409).body("type", is(Problem.type("site-change-needs-decision").toString()));
        given().contentType(ContentType.JSON).body(Map.of("reason", "ADDRESS_CHANGE", "note", "x",
                        "sites", List.of(site(certificate, 0))))
                .when().post("/api/v1/certificates/{id}/reissue", certificate.id())
                .then().statusCode(409).body("type", is(Problem.type("site-change-needs-decision").toString()));

        given().when().get("/api/v1/certificates/{id}", certificate.id()).then().statusCode(200)
                .body("status", is("ACTIVE")).body("revision", is(1)).body("sites", org.hamcrest.Matchers.hasSize(2))
                .body("version", is((int) certificate.version()));
        given().contentType(ContentType.JSON).body(Map.of("reason", "ADDRESS_CHANGE", "holderName",
                        "Example Services AG", "note", "Commercial register entry of 2026-09-01"))
                .when().post("/api/v1/certificates/{id}/reissue", certificate.id())
                .then().statusCode(200).body("revision", is(2)).body("holderName", is("Example Services AG"));
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void aDecisionMakerMayNotTakeTheDirectPathsEither() {
        CertificateView certificate = certification.certifiedOn(TODAY.minusMonths(2));
        given().contentType(ContentType.JSON).body(Map.of("note", "x"))
                .when().post("/api/v1/certificates/{id}/withdrawal", certificate.id())
                .then().statusCode(409).body("type", is(Problem.type("change-needs-decision").toString()));
        given().when().get("/api/v1/certificates/{id}", certificate.id()).then().body("status", is("ACTIVE"));
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void nobodyOnTheTeamOfAnAuditOfTheCycleDecidesOnIt() {
        UUID clientId = UUID.randomUUID();
        UUID programme = UUID.randomUUID();
        TeamMember stageOneLead = new TeamMember("stage1-lead", "Stella Stage", TeamRole.LEAD_AUDITOR);
        certification.send(withProgramme(Certification.auditCompleted(AuditType.STAGE_1, clientId, 0), programme,
                List.of(stageOneLead)), UUID.randomUUID());
        DecisionView certification2 = certification.open(withProgramme(
                Certification.auditCompleted(AuditType.STAGE_2, clientId, 0), programme, Certification.TEAM));

        for (String member : List.of("stage1-lead", "auditor2")) {
            assertThatThrownBy(() -> Certification.onVertx(() -> decisions.grant(certification2.id(), member,
                    "I know this client well", Map.of())))
                    .hasStackTraceContaining("was on the team of an audit of this certification cycle");
        }
        CertificateView certificate = Certification.onVertx(() -> decisions.grant(certification2.id(), "decider",
                "Stage 1 and stage 2 support the grant", Map.of())).certificate();
        clock.setTo(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC));

        String withdrawal = ask(certificate, "WITHDRAWAL", Map.of(), "The client ended the contract")
                .statusCode(201).extract().path("id");
        assertThatThrownBy(() -> Certification.onVertx(() -> decisions.grant(UUID.fromString(withdrawal),
                "STAGE1-LEAD", "ok", Map.of()))).hasStackTraceContaining("was on the team of an audit of this certification cycle");
        given().contentType(ContentType.JSON).body(Map.of("rationale", "The contract ended on 2026-09-01"))
                .when().post("/api/v1/decisions/{id}/grant", withdrawal)
                .then().statusCode(200)
                .body("decision.status", is("GRANTED"))
                .body("certificate.status", is("WITHDRAWN"))
                .body("certificate.statusSince", is(TODAY.toString()));
        assertThat(CloudEvents.published(connector, CertificateWithdrawnV1.class,
                event -> event.certificateId().equals(certificate.id())).data())
                .isEqualTo(new CertificateWithdrawnV1(certificate.id(), certificate.number(), certificate.clientId(),
                        "The client ended the contract", TODAY, UUID.fromString(withdrawal)));
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void aRefusedChangeLeavesTheCertificateAsItWasAndBadInputOpensNothing() {
        CertificateView certificate = certification.certifiedOn(TODAY.minusMonths(2));
        clock.setTo(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC));

        ask(certificate, "SUSPENSION", Map.of(), "no reason").statusCode(400)
                .body("violations.field", contains("suspensionReason"));
        ask(certificate, "WITHDRAWAL", Map.of("suspensionReason", "CLIENT_REQUEST"), "x").statusCode(400)
                .body("violations.field", contains("suspensionReason"));
        ask(certificate, "SUSPENSION", Map.of("suspensionReason", "CLIENT_REQUEST", "scope", "less"), "x").statusCode(400)
                .body("violations.field", contains("scope"));
        ask(certificate, "CERTIFICATION", Map.of(), "x").statusCode(400).body("violations.field", contains("kind"));
        ask(certificate, "REINSTATEMENT", Map.of(), "x").statusCode(409)
                .body("type", is(Problem.type("reinstate-only-suspended").toString()));
        ask(certificate, "SUSPENSION", Map.of("suspensionReason", "NO_SUCH_REASON"), "x").statusCode(400);
        ask(certificate, "WITHDRAWAL", Map.of(), " ").statusCode(400).body("violations.field", contains("reason"));
        given().contentType(ContentType.JSON).body(Map.of("certificateId", UUID.randomUUID(), "kind", "WITHDRAWAL",
                "reason", "x")).when().post("/api/v1/decisions").then().statusCode(400)
                .body("violations[0].field", is("certificateId"));
        given().queryParam("certificateId", certificate.id().toString()).when().get("/api/v1/decisions")
                .then().body("items.kind", contains("CERTIFICATION"));

        String id = ask(certificate, "WITHDRAWAL", Map.of(), "Client asked to end certification").statusCode(201)
                .extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("rationale", "x", "consequence", "WITHDRAW"))
                .when().post("/api/v1/decisions/{id}/refusal", id)
                .then().statusCode(400).body("violations.field", contains("consequence"));
        given().contentType(ContentType.JSON).body(Map.of("rationale", "The request was withdrawn by the client"))
                .when().post("/api/v1/decisions/{id}/refusal", id)
                .then().statusCode(200).body("status", is("REFUSED"));
        given().when().get("/api/v1/certificates/{id}", certificate.id()).then()
                .body("status", is("ACTIVE")).body("version", is((int) certificate.version()));
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void aRefusedContinuationSuspendsOrWithdrawsAsItSays() {
        CertificateView suspendedOne = certification.certifiedOn(TODAY.minusMonths(11));
        CertificateView withdrawnOne = certification.certifiedOn(TODAY.minusMonths(11));
        clock.setTo(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC));
        DecisionView continuation = certification.open(Certification.auditCompleted(AuditType.SURVEILLANCE,
                suspendedOne.clientId(), 0));

        given().contentType(ContentType.JSON).body(Map.of("rationale", "The SMS is not maintained"))
                .when().post("/api/v1/decisions/{id}/refusal", continuation.id())
                .then().statusCode(400).body("violations.field", contains("consequence"));
        given().contentType(ContentType.JSON).body(Map.of("rationale", "The SMS is not maintained",
                        "consequence", "SUSPEND"))
                .when().post("/api/v1/decisions/{id}/refusal", continuation.id())
                .then().statusCode(200)
                .body("status", is("REFUSED"))
                .body("certificateId", is(suspendedOne.id().toString()))
                .body("change.kind", is("SUSPENSION"))
                .body("change.suspensionReason", is("CONTINUATION_REFUSED"));
        given().when().get("/api/v1/certificates/{id}", suspendedOne.id()).then()
                .body("status", is("SUSPENDED")).body("suspensionReason", is("CONTINUATION_REFUSED"));
        assertThat(CloudEvents.published(connector, CertificateSuspendedV1.class,
                event -> event.certificateId().equals(suspendedOne.id())).data().decisionId())
                .isEqualTo(continuation.id());

        DecisionView other = certification.open(Certification.auditCompleted(AuditType.SURVEILLANCE,
                withdrawnOne.clientId(), 0));
        Certification.onVertx(() -> decisions.refuse(other.id(), "decider", "Serious misuse found",
                RefusalConsequence.WITHDRAW));
        given().when().get("/api/v1/certificates/{id}", withdrawnOne.id()).then().body("status", is("WITHDRAWN"));
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void theSurveillanceHeldLateLiftsTheSuspensionOnlyByAGrantedReinstatement() {
        CertificateView certificate = certification.certifiedOn(TODAY.minusMonths(13));
        clock.setTo(TODAY.minusDays(20).atTime(1, 0).toInstant(ZoneOffset.UTC));
        certification.suspend(certificate.id(), io.opencert.certificate.rules.SuspensionReason.MISSED_SURVEILLANCE,
                "Surveillance 1 overdue");
        clock.setTo(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC));
        DecisionView reinstatement = certification.open(withProgramme(Certification.auditCompleted(
                AuditType.SURVEILLANCE, certificate.clientId(), 0), certificate.programmeId(), Certification.TEAM));
        assertThat(reinstatement.kind()).isEqualTo(DecisionKind.REINSTATEMENT);
        given().when().get("/api/v1/certificates/{id}", certificate.id()).then().body("status", is("SUSPENDED"));

        given().contentType(ContentType.JSON).body(Map.of("rationale", "The late surveillance shows an effective SMS"))
                .when().post("/api/v1/decisions/{id}/grant", reinstatement.id())
                .then().statusCode(200)
                .body("certificate.status", is("ACTIVE"))
                .body("certificate.suspendedUntil", nullValue());
        CertificateReinstatedV1 event = CloudEvents.published(connector, CertificateReinstatedV1.class,
                e -> e.certificateId().equals(certificate.id())).data();
        assertThat(event.decisionId()).isEqualTo(reinstatement.id());
        assertThat(event.reinstatedOn()).isEqualTo(TODAY);
    }

    @Test
    @TestSecurity(user = "client-l", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = CLIENT))
    void theHolderSeesTheOutcomesOfItsOwnCertificatesOnly() {
        CertificateView own = certification.certify(UUID.fromString(CLIENT)).certificate();
        CertificateView foreign = certification.certify(UUID.randomUUID()).certificate();
        certification.suspend(own.id(), io.opencert.certificate.rules.SuspensionReason.CLIENT_REQUEST,
                "internal note on the client's letter");

        String outcomes = given().queryParam("certificateId", own.id().toString())
                .when().get("/api/v1/decisions/outcomes")
                .then().statusCode(200)
                .body("kind", contains("CERTIFICATION", "SUSPENSION"))
                .body("status", contains("GRANTED", "GRANTED"))
                .body("effect", contains(null, "SUSPENSION"))
                .extract().asString();
        assertThat(outcomes).doesNotContain("internal note", "decider", "rationale");
        given().queryParam("certificateId", foreign.id().toString()).when().get("/api/v1/decisions/outcomes")
                .then().statusCode(404);
        given().queryParam("certificateId", own.id().toString()).when().get("/api/v1/decisions").then().statusCode(403);
        ask(own, "WITHDRAWAL", Map.of(), "we quit").statusCode(403);
    }

    private static ValidatableResponse ask(CertificateView certificate, String kind, Map<String, Object> details,
                                           String reason) {
        Map<String, Object> body = new HashMap<>(details);
        body.put("certificateId", certificate.id());
        body.put("kind", kind);
        body.put("reason", reason);
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/decisions").then();
    }

    private static Map<String, Object> site(CertificateView certificate, int index) {
        var site = certificate.sites().get(index);
        return Map.of("siteId", site.siteId(), "name", site.name(), "city", site.city(), "country", site.country(),
                "centralFunction", site.centralFunction(), "persons", site.persons());
    }

    private static AuditCompletedV1 withProgramme(AuditCompletedV1 audit, UUID programmeId, List<TeamMember> team) {
        return new AuditCompletedV1(audit.auditId(), programmeId, audit.clientId(), audit.clientName(), audit.type(),
                audit.standards(), audit.scope(), audit.sites(), team, audit.findingCounts(),
                audit.openMajorNonconformities(), audit.lastDayOnSite(), audit.recommendation(), audit.completedAt(),
                audit.coveredSites(), audit.nonconformitiesBySite(), audit.minorNonconformitiesAwaitingAcceptance(), null);
    }
}
