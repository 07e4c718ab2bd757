package io.opencert.scheduling.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

class DueDatesTest {

    @Test
    void stage1WithinThreeAndStage2WithinSixMonthsOfSignature() {
        LocalDate signed = LocalDate.of(2027, 1, 31);

        assertThat(DueDates.stage1(signed)).isEqualTo(new DueWindow(signed, LocalDate.of(2027, 4, 30)));
        assertThat(DueDates.stage2(signed)).isEqualTo(new DueWindow(signed, LocalDate.of(2027, 7, 31)));
    }

    @Test
    void aStage2IsRepeatedWithinThreeMonthsOfTheDayTheSixMonthRuleRequiredIt() {
        assertThat(DueDates.repeatedStage2(LocalDate.of(2027, 11, 30)))
                .isEqualTo(new DueWindow(LocalDate.of(2027, 11, 30), LocalDate.of(2028, 2, 29)));
    }

    @Test
    void twelveMonthsAfterTheTwentyNinthOfFebruaryIsTheTwentyEighth() {
        LocalDate decision = LocalDate.of(2028, 2, 29);

        // the first window keeps to 2029, the year that needs a surveillance (see the next test)
        assertThat(DueDates.firstSurveillance(decision))
                .isEqualTo(new DueWindow(LocalDate.of(2029, 1, 1), LocalDate.of(2029, 2, 28)));
        assertThat(DueDates.secondSurveillance(decision))
                .isEqualTo(new DueWindow(LocalDate.of(2029, 11, 29), LocalDate.of(2030, 2, 28)));
    }

    @Test
    void aDecisionInTheFirstQuarterKeepsTheWindowWithMoreDaysInTheYearAfterItInsideThatYear() {
        // 1 March: 2 months of the first window fall in 2029, 1 month of the second
        assertThat(DueDates.surveillances(LocalDate.of(2028, 3, 1))).containsExactly(
                new DueWindow(LocalDate.of(2029, 1, 1), LocalDate.of(2029, 3, 1)),
                new DueWindow(LocalDate.of(2029, 12, 1), LocalDate.of(2030, 3, 1)));
        // 20 January: 20 days of the first, more than 2 months of the second
        assertThat(DueDates.surveillances(LocalDate.of(2028, 1, 20))).containsExactly(
                new DueWindow(LocalDate.of(2028, 10, 20), LocalDate.of(2029, 1, 20)),
                new DueWindow(LocalDate.of(2029, 10, 20), LocalDate.of(2029, 12, 31)));
        // from April on, each window lies inside one year already
        assertThat(DueDates.surveillances(LocalDate.of(2028, 4, 1))).containsExactly(
                new DueWindow(LocalDate.of(2029, 1, 1), LocalDate.of(2029, 4, 1)),
                new DueWindow(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 4, 1)));
    }

    @Test
    void aWindowOpeningAtAMonthEndOpensOnTheLastDayOfAShorterMonth() {
        LocalDate decision = LocalDate.of(2027, 5, 31);

        assertThat(DueDates.firstSurveillance(decision))
                .isEqualTo(new DueWindow(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 5, 31)));
        assertThat(DueDates.secondSurveillance(decision))
                .isEqualTo(new DueWindow(LocalDate.of(2029, 2, 28), LocalDate.of(2029, 5, 31)));
    }

    @Test
    void recertificationWindowEndsThreeMonthsBeforeExpiry() {
        assertThat(DueDates.recertification(LocalDate.of(2031, 2, 27)))
                .isEqualTo(new DueWindow(LocalDate.of(2030, 8, 27), LocalDate.of(2030, 11, 27)));
        assertThat(DueDates.recertification(LocalDate.of(2030, 5, 30)))
                .isEqualTo(new DueWindow(LocalDate.of(2029, 11, 30), LocalDate.of(2030, 2, 28)));
    }

    @Test
    void everyDecisionOf2027To2029GetsACycleThatKeepsTheRules() {
        assertSoftly(softly -> {
            for (LocalDate decision = LocalDate.of(2027, 1, 1); decision.getYear() < 2030; decision = decision.plusDays(1)) {
                LocalDate expiry = decision.plusYears(3).minusDays(1);
                DueWindow first = DueDates.firstSurveillance(decision);
                DueWindow second = DueDates.secondSurveillance(decision);
                DueWindow recertification = DueDates.recertification(expiry);

                softly.assertThat(first.from()).as("first surveillance opens after the decision of %s", decision)
                        .isAfter(decision);
                softly.assertThat(first.by()).as("first surveillance due by, decision %s", decision)
                        .isBeforeOrEqualTo(decision.plusYears(1))
                        .isAfter(decision.plusMonths(11));
                softly.assertThat(second.from()).as("second opens after first closes, decision %s", decision)
                        .isAfter(first.by());
                softly.assertThat(second.by()).as("second surveillance due by, decision %s", decision)
                        .isBeforeOrEqualTo(decision.plusMonths(24));
                softly.assertThat(recertification.from()).as("recertification after second surveillance, decision %s", decision)
                        .isAfter(second.by());
                softly.assertThat(recertification.by()).as("recertification due before expiry, decision %s", decision)
                        .isBefore(expiry);
            }
        });
    }

    @Test
    void aTransferAfterTheFirstSurveillanceWindowClosedPlansTheSecondAndTheRecertification() {
        // expiry 30 September 2028: the transferred cycle was decided on 1 October 2025
        DueDates.RestOfCycle rest = DueDates.transfer(LocalDate.of(2027, 1, 15), LocalDate.of(2028, 9, 30));

        assertThat(rest.surveillances())
                .containsExactly(new DueWindow(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 10, 1)));
        assertThat(rest.recertification())
                .isEqualTo(new DueWindow(LocalDate.of(2028, 3, 30), LocalDate.of(2028, 6, 30)));
    }

    @Test
    void aSurveillanceWindowOpenAtTheTransferOpensOnTheTransferDate() {
        // expiry 31 March 2029: decided on 1 April 2026, first surveillance due from 1 January to 1 April 2027
        DueDates.RestOfCycle rest = DueDates.transfer(LocalDate.of(2027, 1, 15), LocalDate.of(2029, 3, 31));

        assertThat(rest.surveillances()).containsExactly(
                new DueWindow(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 1)),
                new DueWindow(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 4, 1)));
        assertThat(rest.recertification())
                .isEqualTo(new DueWindow(LocalDate.of(2028, 9, 30), LocalDate.of(2028, 12, 31)));
    }

    @Test
    void aCertificateExpiringOnTheTwentyNinthOfFebruaryWasDecidedOnTheFirstOfMarch() {
        DueDates.RestOfCycle rest = DueDates.transfer(LocalDate.of(2030, 1, 10), LocalDate.of(2032, 2, 29));

        assertThat(rest.surveillances()).containsExactly(
                new DueWindow(LocalDate.of(2030, 1, 10), LocalDate.of(2030, 3, 1)),
                new DueWindow(LocalDate.of(2030, 12, 1), LocalDate.of(2031, 3, 1)));
        assertThat(rest.recertification())
                .isEqualTo(new DueWindow(LocalDate.of(2031, 8, 29), LocalDate.of(2031, 11, 29)));
    }

    @Test
    void aTransferAfterTheRecertificationWindowClosedLeavesTheRecertificationDueUntilTheDayBeforeExpiry() {
        DueDates.RestOfCycle rest = DueDates.transfer(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 3, 31));

        assertThat(rest.surveillances()).isEmpty();
        assertThat(rest.recertification())
                .isEqualTo(new DueWindow(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 3, 30)));
    }

    @Test
    void anExpiredCertificateCannotBeTransferred() {
        assertThatThrownBy(() -> DueDates.transfer(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expired on 2027-03-31");
    }

    @Test
    void aCloudExtensionIsDueWithinSixMonthsButNotIntoTheRecertificationWindow() {
        DueWindow recertification = new DueWindow(LocalDate.of(2030, 8, 28), LocalDate.of(2030, 11, 28));

        assertThat(DueDates.cloudExtension(LocalDate.of(2028, 8, 31), recertification))
                .isEqualTo(new DueWindow(LocalDate.of(2028, 8, 31), LocalDate.of(2029, 2, 28)));
        assertThat(DueDates.cloudExtension(LocalDate.of(2030, 5, 15), recertification))
                .isEqualTo(new DueWindow(LocalDate.of(2030, 5, 15), LocalDate.of(2030, 8, 28)));
        // signed once the recertification window is open: audited with it
        assertThat(DueDates.cloudExtension(LocalDate.of(2030, 9, 10), recertification))
                .isEqualTo(new DueWindow(LocalDate.of(2030, 9, 10), LocalDate.of(2030, 11, 28)));
    }
}
