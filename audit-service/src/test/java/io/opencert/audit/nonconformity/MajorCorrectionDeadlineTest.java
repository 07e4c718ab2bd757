package io.opencert.audit.nonconformity;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.FindingGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static io.opencert.events.model.AuditType.RECERTIFICATION;
import static io.opencert.events.model.AuditType.SURVEILLANCE;
import static io.opencert.events.model.FindingGrade.MAJOR_NONCONFORMITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MajorCorrectionDeadlineTest {
    private static final MajorCorrectionDeadline RULE = new MajorCorrectionDeadline(90);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 5, 20);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 8, 18);

    @ParameterizedTest
    @EnumSource(value = AuditType.class, names = {"SURVEILLANCE", "RECERTIFICATION"})
    void aMajorNonconformityOfASurveillanceOrRecertificationIsVerifiedWithinNinetyDaysOfTheLastDayOnSite(AuditType type) {
        assertThat(RULE.deadline(type, MAJOR_NONCONFORMITY, LAST_DAY)).contains(DEADLINE);
    }

    @Test
    void theDeadlineDayItselfIsNotOverdueTheDayAfterIs() {
        assertThat(RULE.overdue(SURVEILLANCE, MAJOR_NONCONFORMITY, LAST_DAY, null, DEADLINE.minusDays(1))).isFalse();
        assertThat(RULE.overdue(SURVEILLANCE, MAJOR_NONCONFORMITY, LAST_DAY, null, DEADLINE)).isFalse();
        assertThat(RULE.overdue(SURVEILLANCE, MAJOR_NONCONFORMITY, LAST_DAY, null, DEADLINE.plusDays(1))).isTrue();
        assertThat(RULE.overdue(RECERTIFICATION, MAJOR_NONCONFORMITY, LAST_DAY, null, DEADLINE.plusDays(200))).isTrue();
    }

    @Test
    void aCorrectionVerifiedOnTimeIsNeverOverdue() {
        assertThat(RULE.overdue(SURVEILLANCE, MAJOR_NONCONFORMITY, LAST_DAY, DEADLINE, DEADLINE.plusDays(1))).isFalse();
        assertThat(RULE.overdue(SURVEILLANCE, MAJOR_NONCONFORMITY, LAST_DAY, LAST_DAY.plusDays(10),
                DEADLINE.plusYears(1))).isFalse();
    }

    @Test
    void aCorrectionVerifiedAfterTheDeadlineMissedIt() {
        assertThat(RULE.overdue(SURVEILLANCE, MAJOR_NONCONFORMITY, LAST_DAY, DEADLINE.plusDays(1), DEADLINE.plusDays(1)))
                .isTrue();
        assertThat(RULE.overdue(SURVEILLANCE, MAJOR_NONCONFORMITY, LAST_DAY, DEADLINE.plusDays(3), DEADLINE.plusDays(5)))
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = FindingGrade.class, names = "MAJOR_NONCONFORMITY", mode = EnumSource.Mode.EXCLUDE)
    void minorNonconformitiesAndOtherFindingsHaveNoSuchDeadline(FindingGrade grade) {
        assertThat(RULE.deadline(SURVEILLANCE, grade, LAST_DAY)).isEmpty();
        assertThat(RULE.overdue(SURVEILLANCE, grade, LAST_DAY, null, DEADLINE.plusYears(1))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = AuditType.class, names = {"SURVEILLANCE", "RECERTIFICATION"}, mode = EnumSource.Mode.EXCLUDE)
    void otherAuditsHaveNoSuchDeadlineStage2HasItsOwnRule(AuditType type) {
        assertThat(RULE.deadline(type, MAJOR_NONCONFORMITY, LAST_DAY)).isEmpty();
        assertThat(RULE.overdue(type, MAJOR_NONCONFORMITY, LAST_DAY, null, DEADLINE.plusYears(1))).isFalse();
    }

    @Test
    void anAuditNotCompletedHasNoDeadlineYet() {
        assertThat(RULE.deadline(SURVEILLANCE, MAJOR_NONCONFORMITY, null)).isEmpty();
        assertThat(RULE.overdue(SURVEILLANCE, MAJOR_NONCONFORMITY, null, null, DEADLINE.plusYears(1))).isFalse();
    }

    @Test
    void theCorrectionPeriodIsTheBodysChoice() {
        MajorCorrectionDeadline thirtyDays = new MajorCorrectionDeadline(30);

        assertThat(thirtyDays.deadline(SURVEILLANCE, MAJOR_NONCONFORMITY, LAST_DAY)).contains(LocalDate.of(2026, 6, 19));
        assertThat(thirtyDays.overdue(SURVEILLANCE, MAJOR_NONCONFORMITY, LAST_DAY, null, LocalDate.of(2026, 6, 20)))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -90})
    void thePeriodIsAtLeastOneDay(int days) {
        assertThatIllegalArgumentException().isThrownBy(() -> new MajorCorrectionDeadline(days));
    }

    @Test
    void theDailyCheckLooksAtExactlyTheAuditsWhoseDeadlinePassed() {
        LocalDate today = DEADLINE.plusDays(1);
        LocalDate latest = RULE.latestLastDayOnSitePast(today);

        assertThat(latest).isEqualTo(LAST_DAY);
        assertThat(RULE.overdue(SURVEILLANCE, MAJOR_NONCONFORMITY, latest, null, today)).isTrue();
        assertThat(RULE.overdue(SURVEILLANCE, MAJOR_NONCONFORMITY, latest.plusDays(1), null, today)).isFalse();
    }
}
