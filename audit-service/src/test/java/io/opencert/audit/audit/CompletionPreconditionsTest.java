package io.opencert.audit.audit;

import io.opencert.audit.audit.CompletionPreconditions.Outstanding;
import io.opencert.audit.audit.CompletionPreconditions.Refusal;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.TeamRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionPreconditionsTest {
    private static final LocalDate START = LocalDate.of(2024, 2, 27);
    private static final LocalDate TODAY = START.plusDays(10);
    private static final Optional<TeamRole> LEAD = Optional.of(TeamRole.LEAD_AUDITOR);
    private static final Outstanding NOTHING = new Outstanding(0, 0);

    @ParameterizedTest
    @EnumSource(value = AuditStatus.class, names = {"SCHEDULED", "IN_PROGRESS"})
    void theLeadAuditorCompletesAnOpenAudit(AuditStatus status) {
        assertThat(check(status, LEAD, START.plusDays(2))).isEmpty();
    }

    @Test
    void theLastDayOnSiteMayBeTheStartDate() {
        assertThat(check(AuditStatus.SCHEDULED, LEAD, START)).isEmpty();
    }

    @ParameterizedTest(name = "last day on site {0} days after today: refused {1}")
    @CsvSource({"-10, false", "-1, false", "0, false", "1, true", "30, true"})
    void theLastDayOnSiteMayBeTodayButNotLater(int daysAfterToday, boolean refused) {
        Optional<Refusal> refusal = CompletionPreconditions.check(AuditStatus.IN_PROGRESS, START, LEAD,
                Recommendation.CERTIFY, TODAY.plusDays(daysAfterToday), TODAY, NOTHING);
        assertThat(refusal).isEqualTo(refused ? Optional.of(Refusal.LAST_DAY_IN_FUTURE) : Optional.empty());
    }

    @Test
    void anAuditThatStartsTodayIsCompletedTheSameDay() {
        assertThat(CompletionPreconditions.check(AuditStatus.IN_PROGRESS, TODAY, LEAD, Recommendation.CONTINUE, TODAY,
                TODAY, NOTHING)).isEmpty();
    }

    @Test
    void aFutureLastDayIsReportedBeforeTheChecklist() {
        assertThat(CompletionPreconditions.check(AuditStatus.IN_PROGRESS, START, LEAD, Recommendation.CONTINUE,
                TODAY.plusDays(1), TODAY, new Outstanding(3, 0, List.of("4.1")))).contains(Refusal.LAST_DAY_IN_FUTURE);
    }

    @Test
    void theLastDayOnSiteMustNotBeBeforeTheStartDate() {
        assertThat(check(AuditStatus.IN_PROGRESS, LEAD, START.minusDays(1))).contains(Refusal.LAST_DAY_BEFORE_START);
    }

    @ParameterizedTest
    @EnumSource(value = AuditStatus.class, names = {"COMPLETED", "CANCELLED"})
    void anAuditThatIsNotOpenIsNotCompleted(AuditStatus status) {
        assertThat(check(status, LEAD, START)).contains(Refusal.NOT_OPEN);
    }

    @ParameterizedTest
    @EnumSource(value = TeamRole.class, names = {"AUDITOR", "TECHNICAL_EXPERT"})
    void otherTeamMembersDoNotComplete(TeamRole role) {
        assertThat(check(AuditStatus.IN_PROGRESS, Optional.of(role), START)).contains(Refusal.NOT_LEAD_AUDITOR);
    }

    @Test
    void someoneOffTheTeamLearnsNothingElseAboutTheAudit() {
        assertThat(check(AuditStatus.COMPLETED, Optional.empty(), START.minusDays(5))).contains(Refusal.NOT_ON_TEAM);
    }

    @Test
    void aMemberWhoIsNotLeadIsToldSoBeforeTheAuditState() {
        assertThat(check(AuditStatus.COMPLETED, Optional.of(TeamRole.AUDITOR), START.minusDays(5)))
                .contains(Refusal.NOT_LEAD_AUDITOR);
    }

    @Test
    void aCompletedAuditIsReportedBeforeABadLastDay() {
        assertThat(check(AuditStatus.COMPLETED, LEAD, START.minusDays(5))).contains(Refusal.NOT_OPEN);
    }

    @Test
    void oneUnansweredChecklistItemIsEnoughToRefuse() {
        assertThat(CompletionPreconditions.check(AuditStatus.IN_PROGRESS, START, LEAD, Recommendation.CONTINUE, START, TODAY,
                new Outstanding(1, 0))).contains(Refusal.CHECKLIST_UNANSWERED);
    }

    @Test
    void aBadLastDayIsReportedBeforeTheChecklist() {
        assertThat(CompletionPreconditions.check(AuditStatus.IN_PROGRESS, START, LEAD, Recommendation.CONTINUE,
                START.minusDays(1), TODAY, new Outstanding(3, 0))).contains(Refusal.LAST_DAY_BEFORE_START);
    }

    @Test
    void aClauseNotAuditedWhereEveryClauseMustBeIsRefused() {
        assertThat(CompletionPreconditions.check(AuditStatus.IN_PROGRESS, START, LEAD, Recommendation.CERTIFY, START, TODAY,
                new Outstanding(0, 0, List.of("8.2.5")))).contains(Refusal.CLAUSES_NOT_AUDITED);
    }

    @Test
    void unansweredItemsAreReportedBeforeClausesNotAudited() {
        assertThat(CompletionPreconditions.check(AuditStatus.IN_PROGRESS, START, LEAD, Recommendation.CERTIFY, START, TODAY,
                new Outstanding(2, 0, List.of("8.2.5")))).contains(Refusal.CHECKLIST_UNANSWERED);
    }

    @Test
    void clausesNotAuditedAreReportedBeforeAnOpenMajorNonconformity() {
        assertThat(CompletionPreconditions.check(AuditStatus.IN_PROGRESS, START, LEAD, Recommendation.CERTIFY, START, TODAY,
                new Outstanding(0, 1, List.of("4.1", "10.2")))).contains(Refusal.CLAUSES_NOT_AUDITED);
    }

    @Test
    void anOpenMajorNonconformityRulesOutAPlainCertify() {
        Outstanding major = new Outstanding(0, 1);
        assertThat(CompletionPreconditions.check(AuditStatus.IN_PROGRESS, START, LEAD, Recommendation.CERTIFY, START, TODAY, major))
                .contains(Refusal.CERTIFY_WITH_OPEN_MAJOR_NONCONFORMITY);
    }

    @ParameterizedTest
    @EnumSource(value = Recommendation.class, names = "CERTIFY", mode = EnumSource.Mode.EXCLUDE)
    void anOpenMajorNonconformityAllowsEveryOtherRecommendation(Recommendation recommendation) {
        assertThat(CompletionPreconditions.check(AuditStatus.IN_PROGRESS, START, LEAD, recommendation, START, TODAY,
                new Outstanding(0, 2))).isEmpty();
    }

    private static Optional<Refusal> check(AuditStatus status, Optional<TeamRole> role, LocalDate lastDay) {
        return CompletionPreconditions.check(status, START, role, Recommendation.CERTIFY, lastDay, TODAY, NOTHING);
    }
}
