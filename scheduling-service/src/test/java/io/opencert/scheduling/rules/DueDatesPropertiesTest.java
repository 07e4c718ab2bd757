package io.opencert.scheduling.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.util.Random;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The due-window laws for any decision date, with leap days and month ends drawn often. */
class DueDatesPropertiesTest {

    @Test
    void theFirstSurveillanceIsDueNoLaterThan12MonthsAfterTheDecision() {
        forEachDecision(2000, decision -> {
            DueWindow first = DueDates.firstSurveillance(decision);

            assertThat(first.by()).isBeforeOrEqualTo(decision.plusYears(1)).isAfter(decision.plusMonths(11));
            assertThat(first.from()).isAfter(decision).isBeforeOrEqualTo(first.by());
        });
    }

    @Test
    void theSecondSurveillanceFallsInTheNextCalendarYearAndBeforeTheRecertificationYear() {
        forEachDecision(2000, decision -> {
            DueWindow first = DueDates.firstSurveillance(decision);
            DueWindow second = DueDates.secondSurveillance(decision);

            assertThat(second.from()).isAfter(first.by());
            assertThat(second.from().getYear()).isEqualTo(first.from().getYear() + 1);
            assertThat(second.by()).isBeforeOrEqualTo(decision.plusYears(2));
        });
    }

    @Test
    void theRecertificationIsDueBeforeExpiryAndAfterTheSecondSurveillance() {
        forEachDecision(2000, decision -> {
            LocalDate expiry = decision.plusYears(3).minusDays(1);
            DueWindow recertification = DueDates.recertification(expiry);

            assertThat(recertification.by()).isBefore(expiry);
            assertThat(recertification.from()).isAfter(DueDates.secondSurveillance(decision).by());
        });
    }

    @Test
    void stage1And2AreDueAfterTheSignatureAndStage2NotBeforeStage1() {
        forEachDecision(500, signed -> {
            assertThat(DueDates.stage1(signed).from()).isEqualTo(signed);
            assertThat(DueDates.stage2(signed).by()).isAfterOrEqualTo(DueDates.stage1(signed).by());
        });
    }

    /**
     * Runs the check for {@code tries} days from 2000 to 2100 drawn from a fixed seed, a third of them a 29 February
     * or the last day of a month, naming the day of a failure.
     */
    private static void forEachDecision(int tries, Consumer<LocalDate> check) {
        Random random = new Random(20_000L);
        long first = LocalDate.of(2000, 1, 1).toEpochDay();
        long last = LocalDate.of(2100, 12, 31).toEpochDay();
        for (int i = 0; i < tries; i++) {
            LocalDate anyDay = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
            LocalDate day = switch (random.nextInt(6)) {
                case 0 -> LocalDate.of(4 * random.nextInt(500, 525), Month.FEBRUARY, 29);
                case 1 -> anyDay.withDayOfMonth(anyDay.lengthOfMonth());
                default -> anyDay;
            };
            try {
                check.accept(day);
            } catch (AssertionError e) {
                throw new AssertionError(day + ": " + e.getMessage(), e);
            }
        }
    }
}
