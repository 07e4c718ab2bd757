package io.opencert.audit.audit;

import io.opencert.audit.audit.CompletionPreconditions.Refusal;
import io.opencert.events.model.TeamRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionPreconditionsTest {
    private static final LocalDate START = LocalDate.of(2024, 2, 27);
    private static final Optional<TeamRole> LEAD = Optional.of(TeamRole.LEAD_AUDITOR);

    @ParameterizedTest
    @EnumSource(value = AuditStatus.class, names = {"SCHEDULED", "IN_PROGRESS"})
    void theLeadAuditorCompletesAnOpenAudit(AuditStatus status) {
        assertThat(CompletionPreconditions.check(status, START, LEAD, START.plusDays(2))).isEmpty();
    }

    @Test
    void theLastDayOnSiteMayBeTheStartDate() {
        assertThat(CompletionPreconditions.check(AuditStatus.SCHEDULED, START, LEAD, START)).isEmpty();
    }

    @Test
    void theLastDayOnSiteMustNotBeBeforeTheStartDate() {
        assertThat(CompletionPreconditions.check(AuditStatus.IN_PROGRESS, START, LEAD, START.minusDays(1)))
                .contains(Refusal.LAST_DAY_BEFORE_START);
    }

    @Test
    void aCompletedAuditIsNotCompletedAgain() {
        assertThat(CompletionPreconditions.check(AuditStatus.COMPLETED, START, LEAD, START))
                .contains(Refusal.NOT_OPEN);
    }

    @ParameterizedTest
    @EnumSource(value = TeamRole.class, names = {"AUDITOR", "TECHNICAL_EXPERT"})
    void otherTeamMembersDoNotComplete(TeamRole role) {
        assertThat(CompletionPreconditions.check(AuditStatus.IN_PROGRESS, START, Optional.of(role), START))
                .contains(Refusal.NOT_LEAD_AUDITOR);
    }

    @Test
    void someoneOffTheTeamLearnsNothingElseAboutTheAudit() {
        assertThat(CompletionPreconditions.check(AuditStatus.COMPLETED, START, Optional.empty(), START.minusDays(5)))
                .contains(Refusal.NOT_ON_TEAM);
    }

    @Test
    void aMemberWhoIsNotLeadIsToldSoBeforeTheAuditState() {
        assertThat(CompletionPreconditions.check(AuditStatus.COMPLETED, START, Optional.of(TeamRole.AUDITOR),
                START.minusDays(5))).contains(Refusal.NOT_LEAD_AUDITOR);
    }

    @Test
    void aCompletedAuditIsReportedBeforeABadLastDay() {
        assertThat(CompletionPreconditions.check(AuditStatus.COMPLETED, START, LEAD, START.minusDays(5)))
                .contains(Refusal.NOT_OPEN);
    }
}
