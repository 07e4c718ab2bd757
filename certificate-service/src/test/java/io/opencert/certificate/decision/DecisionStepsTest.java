package io.opencert.certificate.decision;

import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.Certification;
import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.audit.NonconformitiesClosedV1;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.model.AuditType;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** Refusals and requests for more information, kept step by step; a grant that waits for nonconformities to close. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class DecisionStepsTest extends CertificationTestBase {

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void aDecisionMakerAsksForMoreThenRefusesEachStepWithWhoWhenAndWhy() {
        DecisionView decision = certification.open(Certification.auditCompleted(AuditType.STAGE_2, UUID.randomUUID(), 0));

        step(decision.id(), "information-request", "Send the management review minutes of 2026.").statusCode(200)
                .body("status", is("INFORMATION_REQUESTED"))
                .body("decidedBy", is("decider"))
                .body("readyForDecision", is(true))
                .body("certificateId", nullValue());
        step(decision.id(), "refusal", "  ").statusCode(400).body("violations[0].field", is("rationale"));
        step(decision.id(), "refusal", "The management review does not cover service performance.").statusCode(200)
                .body("status", is("REFUSED"))
                .body("rationale", is("The management review does not cover service performance."))
                .body("steps.outcome", contains("INFORMATION_REQUESTED", "REFUSED"))
                .body("steps.decidedBy", contains("decider", "decider"))
                .body("steps.rationale", contains("Send the management review minutes of 2026.",
                        "The management review does not cover service performance."));

        step(decision.id(), "grant", "changed my mind").statusCode(409).body("type", endsWith("/decision-not-open"));
        step(decision.id(), "refusal", "again").statusCode(409).body("type", endsWith("/decision-not-open"));
        given().queryParam("status", "REFUSED").queryParam("auditId", decision.auditId())
                .when().get("/api/v1/decisions")
                .then().statusCode(200).body("total", is(1)).body("items[0].steps.size()", is(2));
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "decision-maker")
    void aMemberOfTheAuditTeamTakesNoStepAtAll() {
        DecisionView decision = certification.open(Certification.auditCompleted(AuditType.STAGE_2, UUID.randomUUID(), 0));

        for (String step : new String[]{"refusal", "information-request"}) {
            step(decision.id(), step, "I was there.").statusCode(409).body("type", endsWith("/decision-maker-on-audit-team"));
        }
        given().when().get("/api/v1/decisions/{id}", decision.id())
                .then().statusCode(200).body("status", is("OPEN")).body("steps.size()", is(0));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void staffSeeDecisionsButTakeNoStep() {
        DecisionView decision = certification.open(Certification.auditCompleted(AuditType.STAGE_2, UUID.randomUUID(), 0));

        for (String step : new String[]{"grant", "refusal", "information-request"}) {
            step(decision.id(), step, "Staff cannot decide.").statusCode(403);
        }
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void aGrantWaitsUntilTheTeamAcceptedThePlansOfTheMinorNonconformities() {
        AuditCompletedV1 audit = Certification.withMinorsAwaitingAcceptance(
                Certification.auditCompleted(AuditType.STAGE_2, UUID.randomUUID(), 0), 2);
        DecisionView decision = certification.open(audit);
        given().when().get("/api/v1/decisions/{id}", decision.id())
                .then().statusCode(200).body("readyForDecision", is(false))
                .body("minorNonconformitiesAwaitingAcceptance", is(2));
        step(decision.id(), "grant", "Plans will come.").statusCode(409)
                .body("type", endsWith("/minor-nonconformity-plan-not-accepted"))
                .body("detail", containsString("2 minor nonconformity(ies)"));

        certification.send(new NonconformitiesClosedV1(audit.auditId(), audit.programmeId(), audit.clientId(),
                AuditType.STAGE_2, 0, LocalDate.of(2026, 3, 20), Instant.parse("2026-03-20T09:00:00Z")),
                UUID.randomUUID());

        given().when().get("/api/v1/decisions/{id}", decision.id())
                .then().statusCode(200).body("readyForDecision", is(true))
                .body("minorNonconformitiesAwaitingAcceptance", is(0));
        step(decision.id(), "grant", "Both plans accepted; verification at the first surveillance.").statusCode(200)
                .body("decision.status", is("GRANTED"));
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void aGrantWaitsUntilAuditServiceReportsTheMajorNonconformitiesClosed() {
        clock.setTo(Instant.parse("2026-04-02T12:00:00Z")); // within 6 months of stage 2
        AuditCompletedV1 audit = Certification.auditCompleted(AuditType.STAGE_2, UUID.randomUUID(), 2);
        DecisionView decision = certification.open(audit);
        given().when().get("/api/v1/decisions/{id}", decision.id())
                .then().statusCode(200).body("readyForDecision", is(false)).body("openMajorNonconformities", is(2));
        step(decision.id(), "grant", "Plans look fine.").statusCode(409).body("type", endsWith("/open-major-nonconformity"));

        NonconformitiesClosedV1 closed = new NonconformitiesClosedV1(audit.auditId(), audit.programmeId(),
                audit.clientId(), AuditType.STAGE_2, 3, LocalDate.of(2026, 4, 2), Instant.parse("2026-04-02T09:00:00Z"));
        UUID eventId = UUID.randomUUID();
        certification.send(closed, eventId);
        certification.send(closed, eventId); // redelivery
        certification.send(closed, UUID.randomUUID()); // reported again

        given().when().get("/api/v1/decisions/{id}", decision.id())
                .then().statusCode(200)
                .body("status", is("OPEN"))
                .body("readyForDecision", is(true))
                .body("openMajorNonconformities", is(0))
                .body("nonconformitiesClosedOn", is("2026-04-02"))
                .body("findingCounts.MAJOR_NONCONFORMITY", is(2));
        step(decision.id(), "grant", "Corrections of both majors verified on site.").statusCode(200)
                .body("decision.status", is("GRANTED"))
                .body("certificate.status", is("ACTIVE"));
        assertThat(certification.decisionHistory(decision.id())).extracting(entry -> entry.action)
                .containsExactly("opened", "nonconformities-closed", "granted");
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void aSurveillanceLeadsToAContinuationDecisionThatKeepsTheCertificate() {
        UUID clientId = UUID.randomUUID();
        CertificateView certificate = certification.certify(clientId).certificate();
        AuditCompletedV1 surveillance = Certification.auditCompleted(AuditType.SURVEILLANCE, clientId, 0);
        DecisionView decision = certification.open(surveillance);

        given().contentType(ContentType.JSON).body(Map.of("rationale", "Surveillance 1 is fine.",
                        "siteScopes", Map.of(surveillance.sites().getFirst().siteId().toString(), "Hosting")))
                .when().post("/api/v1/decisions/{id}/grant", decision.id())
                .then().statusCode(400).body("violations[0].field", is("siteScopes"))
                .body("violations[0].message", containsString("a CONTINUATION gives no site its own scope"));
        step(decision.id(), "grant", "Surveillance 1 confirms the SMS remains effective.").statusCode(200)
                .body("decision.kind", is("CONTINUATION"))
                .body("decision.status", is("GRANTED"))
                .body("decision.certificateId", is(certificate.id().toString()))
                .body("certificate.number", is(certificate.number()))
                .body("certificate.revision", is(1))
                .body("certificate.expiryDate", is(certificate.expiryDate().toString()));
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void theLateSurveillanceOpensAReinstatementWhoseGrantEndsTheSuspension() {
        LocalDate decided = LocalDate.of(2026, 1, 15);
        CertificateView certificate = certification.certifiedOn(decided);
        clock.setTo(decided.plusMonths(12).plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC));
        certification.suspend(certificate.id(), SuspensionReason.MISSED_SURVEILLANCE, "Surveillance 1 overdue");
        LocalDate continuedOn = decided.plusMonths(13);
        clock.setTo(continuedOn.atTime(15, 0).toInstant(ZoneOffset.UTC));
        DecisionView decision = certification.open(Certification.auditCompleted(AuditType.SURVEILLANCE,
                certificate.clientId(), 0));
        assertThat(decision.kind()).isEqualTo(DecisionKind.REINSTATEMENT);
        assertThat(decision.certificateId()).isEqualTo(certificate.id());
        assertThat(decision.reason()).contains("held while certificate " + certificate.number() + " is suspended");

        step(decision.id(), "grant", "The late surveillance audit shows an effective SMS.").statusCode(200)
                .body("decision.kind", is("REINSTATEMENT"))
                .body("certificate.status", is("ACTIVE"))
                .body("certificate.statusSince", is(continuedOn.toString()));
        assertThat(CloudEvents.published(connector, CertificateReinstatedV1.class,
                event -> event.certificateId().equals(certificate.id())).data().reinstatedOn()).isEqualTo(continuedOn);
    }

    private static ValidatableResponse step(UUID decisionId, String step, String rationale) {
        return given().contentType(ContentType.JSON).body(Map.of("rationale", rationale))
                .when().post("/api/v1/decisions/{id}/" + step, decisionId)
                .then();
    }
}
