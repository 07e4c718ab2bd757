package io.opencert.certificate.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpiryNoticesTest {
    private static final LocalDate EXPIRY = LocalDate.of(2029, 3, 14);
    private final ExpiryNotices notices = new ExpiryNotices(List.of(30, 90, 60));

    @Test
    void nothingIsDueBefore90Days() {
        assertThat(notices.dueOn(EXPIRY.minusDays(91), EXPIRY, Set.of())).isEmpty();
        assertThat(notices.dueOn(EXPIRY.minusYears(2), EXPIRY, Set.of())).isEmpty();
    }

    @Test
    void eachThresholdIsDueOnItsDay() {
        assertThat(notices.dueOn(EXPIRY.minusDays(90), EXPIRY, Set.of())).hasValue(90);
        assertThat(notices.dueOn(EXPIRY.minusDays(60), EXPIRY, Set.of(90))).hasValue(60);
        assertThat(notices.dueOn(EXPIRY.minusDays(30), EXPIRY, Set.of(90, 60))).hasValue(30);
    }

    @Test
    void eachNoticeIsDueOnlyOnce() {
        assertThat(notices.dueOn(EXPIRY.minusDays(90), EXPIRY, Set.of(90))).isEmpty();
        assertThat(notices.dueOn(EXPIRY.minusDays(61), EXPIRY, Set.of(90))).isEmpty();
        assertThat(notices.dueOn(EXPIRY.minusDays(45), EXPIRY, Set.of(90, 60))).isEmpty();
        assertThat(notices.dueOn(EXPIRY, EXPIRY, Set.of(90, 60, 30))).isEmpty();
    }

    @Test
    void aMissedRunSendsOnlyTheMostPressingNotice() {
        assertThat(notices.dueOn(EXPIRY.minusDays(55), EXPIRY, Set.of())).hasValue(60);
        assertThat(notices.dueOn(EXPIRY.minusDays(10), EXPIRY, Set.of())).hasValue(30);
    }

    @Test
    void theLastDayOfValidityStillGetsAMissingNotice() {
        assertThat(notices.dueOn(EXPIRY, EXPIRY, Set.of(90, 60))).hasValue(30);
    }

    @Test
    void nothingIsDueAfterExpiry() {
        assertThat(notices.dueOn(EXPIRY.plusDays(1), EXPIRY, Set.of())).isEmpty();
        assertThat(notices.dueOn(EXPIRY.plusDays(400), EXPIRY, Set.of())).isEmpty();
    }

    @Test
    void theLongestPeriodBoundsWhichCertificatesNeedALook() {
        assertThat(notices.longestPeriod()).isEqualTo(90);
    }

    @Test
    void periodsMustBePositive() {
        assertThatThrownBy(() -> new ExpiryNotices(List.of(90, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExpiryNotices(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
