package io.opencert.audit.checklist;

import io.opencert.audit.catalogue.ChecklistSection;
import io.opencert.audit.checklist.EvidenceCoverage.ClauseAnswer;
import io.opencert.events.model.AuditType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceCoverageTest {

    @ParameterizedTest(name = "{0} audits every clause: {1}")
    @CsvSource({
            "STAGE_2, true",
            "RECERTIFICATION, true",
            "SCOPE_EXTENSION, true",
            "SURVEILLANCE, false",
            "SPECIAL, false",
            "CLOUD_EXTENSION, false",
            "STAGE_1, false",
            "PRE_ASSESSMENT, false",
            "SYSTEM_AND_RISK_REVIEW, false"
    })
    void theAuditTypesThatAllowNoSampling(AuditType type, boolean everyClause) {
        assertThat(EvidenceCoverage.requiresEveryClause(type)).isEqualTo(everyClause);
    }

    @ParameterizedTest(name = "{0} counts as audited: {1}")
    @CsvSource({
            "CONFORMING, true",
            "NONCONFORMING, true",
            "NOT_APPLICABLE, false",
            "NOT_AUDITED, false"
    })
    void onlyAConformingOrNonconformingAnswerSaysTheClauseWasAudited(ChecklistAnswer answer, boolean audited) {
        assertThat(EvidenceCoverage.audited(answer)).isEqualTo(audited);
        assertThat(EvidenceCoverage.clausesNotAudited(AuditType.STAGE_2, List.of(sms("8.2.5", answer))))
                .isEqualTo(audited ? List.of() : List.of("8.2.5"));
    }

    @Test
    void noAnswerIsNoAuditEither() {
        assertThat(EvidenceCoverage.audited(null)).isFalse();
        assertThat(EvidenceCoverage.clausesNotAudited(AuditType.RECERTIFICATION, List.of(sms("4.1", null))))
                .containsExactly("4.1");
    }

    @ParameterizedTest
    @EnumSource(value = AuditType.class, names = {"STAGE_2", "RECERTIFICATION", "SCOPE_EXTENSION"})
    void everyClauseNotAuditedIsListedOnceInChecklistOrder(AuditType type) {
        List<ClauseAnswer> checklist = List.of(
                sms("4.1", ChecklistAnswer.CONFORMING),
                sms("8.2.5", ChecklistAnswer.NOT_APPLICABLE),
                sms("8.5.1", ChecklistAnswer.NONCONFORMING),
                sms("8.7.3", ChecklistAnswer.NOT_AUDITED),
                sms("8.2.5", ChecklistAnswer.NOT_AUDITED),
                sms("10.2", ChecklistAnswer.NOT_APPLICABLE));

        assertThat(EvidenceCoverage.clausesNotAudited(type, checklist)).containsExactly("8.2.5", "8.7.3", "10.2");
    }

    @ParameterizedTest
    @EnumSource(value = AuditType.class, names = {"SURVEILLANCE", "SPECIAL", "CLOUD_EXTENSION", "STAGE_1"})
    void auditsThatMaySampleLeaveClausesOutFreely(AuditType type) {
        assertThat(EvidenceCoverage.clausesNotAudited(type, List.of(sms("8.2.5", ChecklistAnswer.NOT_AUDITED),
                sms("9.2", ChecklistAnswer.NOT_APPLICABLE)))).isEmpty();
    }

    @Test
    void cloudScenariosAndFollowUpsOfPreviousFindingsAreNotRequirementsOfClauses4To10() {
        List<ClauseAnswer> checklist = List.of(
                new ClauseAnswer(ChecklistSection.PREVIOUS_FINDINGS, "8.5.1", ChecklistAnswer.NOT_APPLICABLE),
                new ClauseAnswer(ChecklistSection.CLOUD_SCENARIOS, "5.14", ChecklistAnswer.NOT_APPLICABLE),
                sms("8.5.1", ChecklistAnswer.CONFORMING));

        assertThat(EvidenceCoverage.clausesNotAudited(AuditType.STAGE_2, checklist)).isEmpty();
    }

    private static ClauseAnswer sms(String clause, ChecklistAnswer answer) {
        return new ClauseAnswer(ChecklistSection.SMS_REQUIREMENTS, clause, answer);
    }
}
