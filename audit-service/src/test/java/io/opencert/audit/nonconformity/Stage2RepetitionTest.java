package io.opencert.audit.nonconformity;

import io.opencert.audit.nonconformity.Stage2Repetition.MajorNonconformity;
import io.opencert.events.model.AuditType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Stage2RepetitionTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 3, 14);
    private static final LocalDate DEADLINE = LocalDate.of(2025, 9, 14);
    private static final MajorNonconformity OPEN = new MajorNonconformity(null);

    @Test
    void theDeadlineIsSixMonthsAfterTheLastDayOfStage2() {
        assertThat(Stage2Repetition.of(AuditType.STAGE_2, LAST_DAY, List.of(OPEN), LAST_DAY))
                .contains(new Stage2Repetition(DEADLINE, false));
    }

    @Test
    void atTheEndOfAShortMonthTheDeadlineIsItsLastDay() {
        assertThat(Stage2Repetition.of(AuditType.STAGE_2, LocalDate.of(2024, 8, 31), List.of(OPEN), LAST_DAY)
                .orElseThrow().deadline()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void anOpenMajorNonconformityForcesARepeatedStage2TheDayAfterTheDeadline() {
        assertThat(Stage2Repetition.of(AuditType.STAGE_2, LAST_DAY, List.of(OPEN), DEADLINE).orElseThrow().required())
                .isFalse();
        assertThat(Stage2Repetition.of(AuditType.STAGE_2, LAST_DAY, List.of(OPEN), DEADLINE.plusDays(1)).orElseThrow().required())
                .isTrue();
    }

    @Test
    void aVerificationOnTheDeadlineCounts() {
        List<MajorNonconformity> verified = List.of(new MajorNonconformity(DEADLINE));
        assertThat(Stage2Repetition.of(AuditType.STAGE_2, LAST_DAY, verified, DEADLINE.plusYears(1)).orElseThrow().required())
                .isFalse();
    }

    @Test
    void aVerificationAfterTheDeadlineComesTooLateEvenIfTheOthersWereInTime() {
        List<MajorNonconformity> majors = List.of(new MajorNonconformity(LAST_DAY.plusDays(20)),
                new MajorNonconformity(DEADLINE.plusDays(1)));
        assertThat(Stage2Repetition.of(AuditType.STAGE_2, LAST_DAY, majors, DEADLINE.plusDays(2)).orElseThrow().required())
                .isTrue();
    }

    @Test
    void withoutMajorNonconformitiesOrBeforeCompletionTheRuleDoesNotApply() {
        assertThat(Stage2Repetition.of(AuditType.STAGE_2, LAST_DAY, List.of(), DEADLINE.plusYears(1))).isEmpty();
        assertThat(Stage2Repetition.of(AuditType.STAGE_2, null, List.of(OPEN), DEADLINE.plusYears(1))).isEmpty();
    }

    @ParameterizedTest(name = "verified {0}, checked {1}: decided {2}, missed {3}")
    @CsvSource({
            // verifiedOn, today,    decided, missed
            ",           2025-09-14, false,   false",
            ",           2025-09-15, true,    true",
            "2025-09-14, 2025-09-15, true,    false",
            "2025-09-15, 2025-09-15, true,    true",
            "2025-04-01, 2026-01-01, true,    false",
            "2025-04-01, 2025-05-01, false,   false"})
    void eachMajorMissesTheDeadlineOrNotOnceItHasPassed(LocalDate verifiedOn, LocalDate today, boolean decided,
                                                        boolean missed) {
        MajorNonconformity major = new MajorNonconformity(verifiedOn);
        Stage2Repetition repetition = Stage2Repetition.of(AuditType.STAGE_2, LAST_DAY, List.of(major), today)
                .orElseThrow();

        assertThat(repetition.decided(today)).isEqualTo(decided);
        assertThat(repetition.missedBy(major, today)).isEqualTo(missed);
    }

    @Test
    void theDailyCheckLooksAtStage2sEndedSixMonthsAgoOrEarlier() {
        assertThat(Stage2Repetition.latestLastDayOfStage2ToCheck(DEADLINE.plusDays(1))).isEqualTo(LAST_DAY.plusDays(1));
        assertThat(Stage2Repetition.of(AuditType.STAGE_2, LAST_DAY.plusDays(1), List.of(OPEN), DEADLINE.plusDays(1))
                .orElseThrow().decided(DEADLINE.plusDays(1))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = AuditType.class, names = "STAGE_2", mode = EnumSource.Mode.EXCLUDE)
    void onlyStage2IsRepeated(AuditType type) {
        assertThat(Stage2Repetition.of(type, LAST_DAY, List.of(OPEN), DEADLINE.plusYears(1))).isEmpty();
    }
}
