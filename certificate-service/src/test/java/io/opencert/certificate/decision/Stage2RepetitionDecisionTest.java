package io.opencert.certificate.decision;

import io.opencert.certificate.Certification;
import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.rules.DecisionKind;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.audit.NonconformitiesClosedV1;
import io.opencert.events.audit.Stage2RepetitionRequiredV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.OverdueNonconformity;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

/**
 * The 6-month rule of stage 2 acts: once a major nonconformity of stage 2 missed its 6 months, the certification
 * decision on that stage 2 is refused by a decision-maker, never granted.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
@TestSecurity(user = "decider", roles = "decision-maker")
class Stage2RepetitionDecisionTest extends CertificationTestBase {
    /** The last day of stage 2 in {@link Certification#auditCompleted}. */
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 12);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 9, 12);

    @Test
    void aStage2ReportedNotVerifiedInTimeIsRefusedNeverGrantedEvenOnceItsMajorsAreClosed() {
        AuditCompletedV1 stage2 = Certification.auditCompleted(AuditType.STAGE_2, UUID.randomUUID(), 1);
        DecisionView decision = certification.open(stage2);
        clock.setTo(DEADLINE.plusDays(1).atTime(2, 0).toInstant(ZoneOffset.UTC));
        Stage2RepetitionRequiredV1 required = required(stage2);
        UUID eventId = UUID.randomUUID();

        certification.send(required, eventId);
        certification.send(required, eventId); // redelivery
        certification.send(new NonconformitiesClosedV1(stage2.auditId(), stage2.programmeId(), stage2.clientId(),
                AuditType.STAGE_2, 1, DEADLINE.plusDays(1), Instant.now()), UUID.randomUUID());

        DecisionView held = certification.decisionOn(stage2.auditId());
        assertThat(held.id()).isEqualTo(decision.id());
        assertThat(held.openMajorNonconformities()).isZero();
        assertThat(held.readyForDecision()).isFalse();
        assertThat(held.reason()).startsWith("rule:stage-2-major-not-verified-in-time")
                .contains("8.5.1 (ACCEPTED)", DEADLINE.toString());
        assertThat(certification.decisionHistory(decision.id())).extracting(entry -> entry.action)
                .containsOnlyOnce("stage-2-repetition-required");

        grant(decision.id()).statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/stage-2-major-not-verified-in-time"))
                .body("detail", containsString("9.5.3.2"));
        assertThat(certification.decisionOn(stage2.auditId()).status()).isEqualTo(DecisionStatus.OPEN);

        given().contentType(ContentType.JSON)
                .body(Map.of("rationale", "Stage 2 is repeated: the major nonconformity was verified too late."))
                .when().post("/api/v1/decisions/{id}/refusal", decision.id())
                .then().statusCode(200).body("status", is("REFUSED"));
        assertThat(certification.decisionsOf(stage2.clientId())).allSatisfy(made ->
                assertThat(made.certificateId()).isNull());
    }

    @Test
    void aMajorOfStage2StillOpenAfterSixMonthsRefusesTheGrantByTheRuleBeforeTheDailyCheckReportsIt() {
        AuditCompletedV1 stage2 = Certification.auditCompleted(AuditType.STAGE_2, UUID.randomUUID(), 1);
        DecisionView decision = certification.open(stage2);

        clock.setTo(DEADLINE.atTime(12, 0).toInstant(ZoneOffset.UTC));
        grant(decision.id()).statusCode(409).body("type", endsWith("/open-major-nonconformity"));
        clock.setTo(DEADLINE.plusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC));
        grant(decision.id()).statusCode(409).body("type", endsWith("/stage-2-major-not-verified-in-time"));
    }

    @Test
    void aShortNoticeAuditOfACertifiedClientIsDecidedAsAContinuationOfItsCertificate() {
        CertificateView certificate = certification.certifiedOn(LocalDate.of(2026, 4, 1));
        AuditCompletedV1 shortNotice = Certification.auditCompleted(AuditType.SPECIAL, certificate.clientId(), 0);

        assertThat(certification.open(shortNotice).kind()).isEqualTo(DecisionKind.CONTINUATION);
    }

    private static ValidatableResponse grant(UUID decisionId) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("rationale", "The evidence supports certification."))
                .when().post("/api/v1/decisions/{id}/grant", decisionId).then();
    }

    private static Stage2RepetitionRequiredV1 required(AuditCompletedV1 stage2) {
        return new Stage2RepetitionRequiredV1(stage2.auditId(), stage2.programmeId(), stage2.clientId(),
                stage2.clientName(), stage2.standards(), List.of(new OverdueNonconformity(UUID.randomUUID(), "8.5.1",
                "Emergency changes are not reviewed.", "ACCEPTED")), LAST_DAY, DEADLINE,
                DEADLINE.plusDays(1).atTime(1, 15).toInstant(ZoneOffset.UTC));
    }
}
