package io.opencert.client.audittime;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.SampleSize;
import io.opencert.events.model.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Collections;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Laws of the audit time that hold for any input, checked over inputs drawn from a fixed seed (a failure names its
 * inputs and repeats on every run).
 */
class AuditTimePropertiesTest {
    private static final int TRIES = 300;
    private static final Set<Standard> SMS = Set.of(Standard.ISO_IEC_20000_1_2018);
    private final AuditTimeCalculator calculator = new AuditTimeCalculator(AuditTimeTable.iafMd5());

    @ParameterizedTest
    @MethodSource("personsMoreAndAllowedAdjustments")
    void daysNeverDecreaseAsPersonsGrowWithTheSameAdjustments(int persons, int more, List<Adjustment> adjustments) {
        Calculation smaller = calculator.calculate(input(persons, adjustments));
        Calculation larger = calculator.calculate(input(persons + more, adjustments));

        for (int i = 0; i < smaller.audits().size(); i++) {
            assertThat(larger.audits().get(i).days()).isGreaterThanOrEqualTo(smaller.audits().get(i).days());
        }
        assertThat(larger.time().initialDays()).isGreaterThanOrEqualTo(smaller.time().initialDays());
    }

    @ParameterizedTest
    @MethodSource("personsAndAdjustments")
    void theThirtyPercentCapHoldsForAnySetOfFactors(int persons, List<Adjustment> adjustments) {
        BigDecimal reductions = adjustments.stream().filter(Adjustment::isReduction)
                .map(adjustment -> adjustment.percent().negate()).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean integrationTooLarge = adjustments.stream().anyMatch(adjustment ->
                adjustment.factor() == Adjustment.Factor.INTEGRATED_MANAGEMENT_SYSTEM
                        && (adjustment.percent().compareTo(BigDecimal.valueOf(-20)) < 0 || !adjustment.isReduction()));
        AuditTimeInput input = input(persons, adjustments);

        if (integrationTooLarge || reductions.compareTo(BigDecimal.valueOf(30)) > 0) {
            assertThatThrownBy(() -> calculator.calculate(input)).isInstanceOf(AuditTimeRule.class);
            return;
        }
        Calculation calculation = calculator.calculate(input);
        // the cap holds after rounding: never below the table time less 30%
        BigDecimal floor = calculation.tableDays().multiply(new BigDecimal("0.7"));
        assertThat(calculation.time().initialDays()).isGreaterThanOrEqualTo(floor);
    }

    @ParameterizedTest
    @MethodSource("personsAndAdjustments")
    void everyAuditIsInWholeOrHalfDaysAndTheStagesAddUp(int persons, List<Adjustment> adjustments) {
        Calculation calculation;
        try {
            calculation = calculator.calculate(input(persons, adjustments));
        } catch (AuditTimeRule refused) {
            return;
        }
        AuditTime time = calculation.time();
        assertThat(time.stage1Days().add(time.stage2Days())).isEqualByComparingTo(time.initialDays());
        for (Calculation.PlannedAudit audit : calculation.audits()) {
            assertThat(audit.days()).isGreaterThanOrEqualTo(HalfDay.HALF);
            assertThat(audit.days().remainder(HalfDay.HALF)).isEqualByComparingTo("0");
        }
        assertThat(calculation.initialOnSiteDays()).isGreaterThanOrEqualTo(time.initialDays()
                .multiply(new BigDecimal("0.8"))).isGreaterThanOrEqualTo(time.stage2Days());
        assertThat(time.surveillanceDays()).isEqualByComparingTo(HalfDay.round(
                time.initialDays().divide(BigDecimal.valueOf(3), 6, RoundingMode.HALF_UP)));
    }

    @ParameterizedTest
    @MethodSource("otherSites")
    void theSampleIsTheRoundedUpShareOfTheOtherSitesAndTheCentralFunctionIsAlwaysVisited(int otherSites) {
        List<AuditTimeInput.SiteInput> sites = new ArrayList<>();
        sites.add(new AuditTimeInput.SiteInput("Central", true, 10));
        for (int i = 1; i <= otherSites; i++) {
            sites.add(new AuditTimeInput.SiteInput("Site " + i, false, 1 + i % 7));
        }
        Calculation calculation = calculator.calculate(new AuditTimeInput(sites, List.of(), SMS));

        for (Calculation.PlannedAudit audit : calculation.audits()) {
            assertThat(audit.sites().getFirst().site()).isEqualTo("Central");
            assertThat(audit.sites().stream().map(Calculation.SiteDays::days).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(audit.days());
            if (audit.type() != AuditType.STAGE_1) {
                double factor = SampleSize.factor(audit.type());
                int expected = (int) Math.ceil(factor * Math.sqrt(otherSites) - 1e-9);
                assertThat(audit.sites()).hasSize(1 + expected);
                assertThat(expected).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(otherSites);
            }
        }
    }

    @Test
    void halfDayRoundingGoesToTheNearestHalfDayWithTiesUp() {
        for (int hundredths = 0; hundredths <= 100_000; hundredths++) {
            BigDecimal days = BigDecimal.valueOf(hundredths, 2);
            BigDecimal rounded = HalfDay.round(days);

            assertThat(rounded.remainder(HalfDay.HALF)).as("%s", days).isEqualByComparingTo("0");
            assertThat(rounded.subtract(days).abs()).as("%s", days).isLessThanOrEqualTo(new BigDecimal("0.25"));
            if (rounded.subtract(days).abs().compareTo(new BigDecimal("0.25")) == 0) {
                assertThat(rounded).as("%s", days).isGreaterThan(days);
            }
        }
    }

    static Stream<Arguments> personsAndAdjustments() {
        Random random = new Random(200_001L);
        return Stream.generate(() -> Arguments.of(persons(random), adjustments(random))).limit(TRIES);
    }

    static Stream<Arguments> personsMoreAndAllowedAdjustments() {
        Random random = new Random(200_002L);
        return Stream.generate(() -> adjustments(random)).filter(AuditTimePropertiesTest::withinTheCaps)
                .map(adjustments -> Arguments.of(persons(random), 1 + random.nextInt(5_000), adjustments)).limit(TRIES);
    }

    static IntStream otherSites() {
        return IntStream.rangeClosed(0, 60);
    }

    private static int persons(Random random) {
        return 1 + random.nextInt(30_000);
    }

    /** Up to five adjustments of distinct factors, each between -35% and +25% (never 0). */
    private static List<Adjustment> adjustments(Random random) {
        List<Adjustment.Factor> factors = new ArrayList<>(Arrays.asList(Adjustment.Factor.values()));
        Collections.shuffle(factors, random);
        return factors.stream().limit(random.nextInt(Math.min(5, factors.size()) + 1)).map(factor -> {
            int percent = random.nextInt(-35, 25);
            return new Adjustment(factor, BigDecimal.valueOf(percent >= 0 ? percent + 1 : percent), "justified");
        }).toList();
    }

    /** Reductions of at most 30% in total, integration a reduction of at most 20%. */
    private static boolean withinTheCaps(List<Adjustment> adjustments) {
        int reductions = 0;
        for (Adjustment adjustment : adjustments) {
            int percent = adjustment.percent().intValueExact();
            if (adjustment.factor() == Adjustment.Factor.INTEGRATED_MANAGEMENT_SYSTEM && (percent > 0 || percent < -20)) {
                return false;
            }
            reductions += Math.max(0, -percent);
        }
        return reductions <= 30;
    }

    private static AuditTimeInput input(int persons, List<Adjustment> adjustments) {
        return new AuditTimeInput(List.of(new AuditTimeInput.SiteInput("Head office", true, persons)), adjustments,
                SMS);
    }
}
