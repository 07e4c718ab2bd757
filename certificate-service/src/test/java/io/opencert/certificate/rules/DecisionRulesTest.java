package io.opencert.certificate.rules;

import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;
import io.opencert.events.model.TeamRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DecisionRulesTest {
    private static final List<TeamMember> TEAM = List.of(
            new TeamMember("auditor1", "Ada Auditor", TeamRole.LEAD_AUDITOR),
            new TeamMember("auditor2", "Bert Auditor", TeamRole.AUDITOR));

    @Test
    void aMemberOfTheAuditTeamMayNotDecide() {
        Problem problem = refusal(() -> DecisionRules.requireMayGrant("auditor2", TEAM, 0));

        assertThat(problem.type()).isEqualTo(Problem.type("decision-maker-on-audit-team"));
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains("ISO/IEC 17021-1", "9.5.1.2", "auditor2", "AUDITOR");
    }

    @Test
    void usernamesAreComparedWithoutCase() {
        Problem problem = refusal(() -> DecisionRules.requireMayGrant("Auditor1", TEAM, 0));

        assertThat(problem.type()).isEqualTo(Problem.type("decision-maker-on-audit-team"));
    }

    @Test
    void noGrantWhileAMajorNonconformityIsOpen() {
        Problem problem = refusal(() -> DecisionRules.requireMayGrant("decider", TEAM, 2));

        assertThat(problem.type()).isEqualTo(Problem.type("open-major-nonconformity"));
        assertThat(problem.detail()).contains("9.5.2", "2 major");
    }

    @Test
    void theTeamRuleIsReportedFirst() {
        Problem problem = refusal(() -> DecisionRules.requireMayGrant("auditor1", TEAM, 1));

        assertThat(problem.type()).isEqualTo(Problem.type("decision-maker-on-audit-team"));
    }

    @Test
    void anIndependentDecisionMakerMayGrantWhenNoMajorIsOpen() {
        assertThatCode(() -> DecisionRules.requireMayGrant("decider", TEAM, 0)).doesNotThrowAnyException();
    }

    private static Problem refusal(Runnable decision) {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, decision::run);
        assertThat(violation).as("refused").isNotNull();
        return violation.toProblem(null);
    }

    @ParameterizedTest(name = "consulted {0} to {1}, decision on {2}: refused {3}")
    @CsvSource(nullValues = "ongoing", value = {
            "2024-01-01, ongoing, 2026-06-01, true",
            "2024-01-01, 2024-06-01, 2026-05-31, true",
            // two years after its end the consultancy no longer counts
            "2024-01-01, 2024-06-01, 2026-06-01, false",
            // a consultancy that begins after the decision does not count for it
            "2026-07-01, ongoing, 2026-06-01, false",
            "2026-06-01, 2026-06-01, 2026-06-01, true",
    })
    void nobodyWhoConsultedTheClientWithinTwoYearsDecides(LocalDate from, LocalDate to, LocalDate day, boolean refused) {
        List<DecisionRules.Consultancy> register = List.of(new DecisionRules.Consultancy("auditor7", from, to),
                new DecisionRules.Consultancy("decider", from, to));
        Runnable decide = () -> DecisionRules.requireImpartial("Decider", register, day);
        if (refused) {
            assertThat(refusal(decide).type()).isEqualTo(Problem.type("decision-maker-not-impartial"));
        } else {
            assertThatCode(decide::run).doesNotThrowAnyException();
        }
        assertThatCode(() -> DecisionRules.requireImpartial("decider2", register, day)).doesNotThrowAnyException();
    }

    @Test
    void eachAuditTypeLeadsToItsKindOfDecisionOrToNone() {
        Map<AuditType, DecisionKind> expected = Map.of(
                AuditType.STAGE_2, DecisionKind.CERTIFICATION,
                AuditType.SPECIAL, DecisionKind.CONTINUATION,
                AuditType.CLOUD_EXTENSION, DecisionKind.CERTIFICATION,
                AuditType.SURVEILLANCE, DecisionKind.CONTINUATION,
                AuditType.RECERTIFICATION, DecisionKind.RENEWAL,
                AuditType.SCOPE_EXTENSION, DecisionKind.SCOPE_EXTENSION);

        Arrays.stream(AuditType.values()).forEach(type -> assertThat(DecisionRules.kindOf(type))
                .as("%s", type).isEqualTo(Optional.ofNullable(expected.get(type))));
    }

    @Test
    void aCloudExtensionCertifiesTheCloudServiceOtherAuditsTheFirstStandard() {
        List<Standard> both = List.of(Standard.ISO_IEC_20000_1_2018, Standard.ISO_IEC_TR_20000_9_2015);

        assertThat(DecisionRules.standardToCertify(DecisionKind.CERTIFICATION, AuditType.CLOUD_EXTENSION, both))
                .isEqualTo(Standard.ISO_IEC_TR_20000_9_2015);
        assertThat(DecisionRules.standardToCertify(DecisionKind.CERTIFICATION, AuditType.STAGE_2, both))
                .isEqualTo(Standard.ISO_IEC_20000_1_2018);
        assertThat(DecisionRules.standardToCertify(DecisionKind.CERTIFICATION, AuditType.CLOUD_EXTENSION,
                List.of(Standard.ISO_IEC_20000_1_2011))).isEqualTo(Standard.ISO_IEC_20000_1_2011);
    }

    @Test
    void aSurveillanceWithTheCloudServicesOfAClientWithoutCloudCertificateAlsoCertifiesTheCloud() {
        List<Standard> both = List.of(Standard.ISO_IEC_20000_1_2018, Standard.ISO_IEC_TR_20000_9_2015);

        assertThat(DecisionRules.kindsOf(AuditType.SURVEILLANCE, both, false))
                .containsExactly(DecisionKind.CONTINUATION, DecisionKind.CERTIFICATION);
        assertThat(DecisionRules.kindsOf(AuditType.SURVEILLANCE, both, true))
                .as("a live cloud certificate is continued with the base").containsExactly(DecisionKind.CONTINUATION);
        assertThat(DecisionRules.kindsOf(AuditType.SURVEILLANCE, List.of(Standard.ISO_IEC_20000_1_2018), false))
                .containsExactly(DecisionKind.CONTINUATION);
        assertThat(DecisionRules.kindsOf(AuditType.RECERTIFICATION, both, false)).containsExactly(DecisionKind.RENEWAL);
        assertThat(DecisionRules.kindsOf(AuditType.STAGE_1, both, false)).isEmpty();

        // whatever order the audit names them in: the continuation is the base's, the certification the cloud's
        List<Standard> cloudFirst = List.of(Standard.ISO_IEC_TR_20000_9_2015, Standard.ISO_IEC_20000_1_2018);
        assertThat(DecisionRules.standardToCertify(DecisionKind.CONTINUATION, AuditType.SURVEILLANCE, cloudFirst))
                .isEqualTo(Standard.ISO_IEC_20000_1_2018);
        assertThat(DecisionRules.standardToCertify(DecisionKind.CERTIFICATION, AuditType.SURVEILLANCE, cloudFirst))
                .isEqualTo(Standard.ISO_IEC_TR_20000_9_2015);
    }

    @Test
    void anyStepOfADecisionIsTakenOutsideTheAuditTeam() {
        assertThat(refusal(() -> DecisionRules.requireIndependent("AUDITOR2", TEAM)).type())
                .isEqualTo(Problem.type("decision-maker-on-audit-team"));
        assertThatCode(() -> DecisionRules.requireIndependent("decider", TEAM)).doesNotThrowAnyException();
    }
}
