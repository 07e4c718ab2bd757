package io.opencert.scheduling.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

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
    void theSecondSurveillanceFollowsTheFirstAndClosesBeforeTheRecertificationYear() {
        forEachDecision(2000, decision -> {
            DueWindow first = DueDates.firstSurveillance(decision);
            DueWindow second = DueDates.secondSurveillance(decision);

            assertThat(second.from()).isAfter(first.by());
            assertThat(second.by()).isBeforeOrEqualTo(decision.plusYears(2));
        });
    }

    @Test
    void everyCalendarYearOfTheCycleThatNeedsASurveillanceHasAWindowOfItsOwnInsideIt() {
        forEachDecision(2000, decision -> {
            List<DueWindow> windows = DueDates.surveillances(decision);
            DueWindow recertification = DueDates.recertification(decision.plusYears(3).minusDays(1));
            List<Integer> years = SurveillanceYears.yearsNeeding(windows.getFirst().by(), recertification.by());

            // the years after the decision's, up to the one before the recertification's
            assertThat(years).isNotEmpty().startsWith(decision.getYear() + 1)
                    .allSatisfy(year -> assertThat(year).isLessThan(recertification.by().getYear()));
            for (int i = 0; i < years.size(); i++) {
                int year = years.get(i);
                assertThat(windows).as("a window inside %s", year)
                        .anySatisfy(window -> assertThat(List.of(window.from().getYear(), window.by().getYear()))
                                .containsOnly(year));
            }
            assertThat(windows.stream().filter(window -> window.from().getYear() == window.by().getYear())
                    .map(window -> window.from().getYear()).distinct().count())
                    .as("distinct windows for distinct years").isGreaterThanOrEqualTo(years.size());
            assertThat(windows).allSatisfy(window -> assertThat(window.by().toEpochDay() - window.from().toEpochDay())
                    .as("six weeks at least to book it in").isGreaterThanOrEqualTo(42));
        });
    }

    @Test
    void surveillancesBookedAnywhereInTheirWindowsLeaveNoYearWithoutOne() {
        Random dates = new Random(17_021L);
        forEachDecision(2000, decision -> {
            List<DueWindow> windows = DueDates.surveillances(decision);
            DueWindow recertification = DueDates.recertification(decision.plusYears(3).minusDays(1));
            List<SurveillanceYears.Surveillance> booked = windows.stream()
                    .map(window -> new SurveillanceYears.Surveillance(java.util.UUID.randomUUID(), window,
                            LocalDate.ofEpochDay(dates.nextLong(window.from().toEpochDay(),
                                    window.by().toEpochDay() + 1))))
                    .toList();

            assertThat(SurveillanceYears.check(
                    SurveillanceYears.yearsNeeding(windows.getFirst().by(), recertification.by()), booked, decision))
                    .isEmpty();
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

    @Test
    void aTransferPlansOnlyWindowsBetweenTheTransferAndExpiryAndTheRecertificationAlways() {
        forEachDecision(300, expiry -> forEachTransferBefore(expiry, transfer -> {
            DueDates.RestOfCycle rest = DueDates.transfer(transfer, expiry);

            assertThat(rest.recertification().by()).isBefore(expiry);
            for (DueWindow window : allOf(rest)) {
                assertThat(window.from()).isAfterOrEqualTo(transfer).isBeforeOrEqualTo(window.by());
                assertThat(window.by()).isBefore(expiry);
            }
        }));
    }

    @Test
    void aTransferKeepsTheTransferredCyclesSurveillanceWindowsThatHadNotClosed() {
        forEachDecision(300, expiry -> forEachTransferBefore(expiry, transfer -> {
            LocalDate decision = expiry.plusDays(1).minusYears(3);
            List<DueWindow> stillOpen = Stream.of(DueDates.firstSurveillance(decision),
                            DueDates.secondSurveillance(decision))
                    .filter(window -> !window.by().isBefore(transfer))
                    .toList();

            List<DueWindow> planned = DueDates.transfer(transfer, expiry).surveillances();

            assertThat(planned).extracting(DueWindow::by).containsExactlyElementsOf(
                    stillOpen.stream().map(DueWindow::by).toList());
            assertThat(planned).allSatisfy(window -> assertThat(window.by()).isAfterOrEqualTo(transfer));
        }));
    }

    @Test
    void aCertificateTransferredOnItsDecisionDayKeepsTheCycleItWouldHaveHadHere() {
        forEachDecision(2000, decision -> {
            LocalDate expiry = decision.plusYears(3).minusDays(1);
            // the expiry of a 29 February decision is also that of 28 February: the day cannot be told back
            LocalDate transferred = expiry.plusDays(1).minusYears(3);

            DueDates.RestOfCycle rest = DueDates.transfer(transferred, expiry);

            assertThat(rest).isEqualTo(new DueDates.RestOfCycle(List.of(DueDates.firstSurveillance(transferred),
                    DueDates.secondSurveillance(transferred)), DueDates.recertification(expiry)));
            assertThat(transferred).isIn(decision, decision.minusDays(1));
        });
    }

    @Test
    void aCloudExtensionIsDueFromTheSignatureAndNotIntoTheRecertificationWindow() {
        forEachDecision(2000, signed -> {
            LocalDate expiry = signed.plusDays(Math.floorMod(signed.toEpochDay() * 7919, 1100) + 1);
            DueWindow recertification = DueDates.recertification(expiry);

            DueWindow cloud = DueDates.cloudExtension(signed, recertification);

            assertThat(cloud.from()).isEqualTo(signed);
            assertThat(cloud.by()).isBeforeOrEqualTo(signed.plusMonths(6));
            if (recertification.from().isAfter(signed)) {
                assertThat(cloud.by()).isAfter(signed).isBeforeOrEqualTo(recertification.from());
            } else if (recertification.by().isAfter(signed)) {
                assertThat(cloud.by()).as("signed in the recertification window").isEqualTo(recertification.by());
            } else {
                assertThat(cloud.by()).as("signed after the recertification window").isEqualTo(signed);
            }
        });
    }

    /** Transfer dates from the day before expiry back to the start of its cycle, 13 days apart. */
    private static void forEachTransferBefore(LocalDate expiry, Consumer<LocalDate> check) {
        for (LocalDate transfer = expiry.minusDays(1); !transfer.isBefore(expiry.minusYears(3));
             transfer = transfer.minusDays(13)) {
            try {
                check.accept(transfer);
            } catch (AssertionError e) {
                throw new AssertionError("transfer on " + transfer + ": " + e.getMessage(), e);
            }
        }
    }

    private static List<DueWindow> allOf(DueDates.RestOfCycle rest) {
        return Stream.concat(rest.surveillances().stream(), Stream.of(rest.recertification())).toList();
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
