package io.opencert.client.audittime;

import io.opencert.client.audittime.Adjustment.Factor;
import io.opencert.events.model.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 30% reduction cap, and the 20% cap of the integration with another management system, hold after rounding to
 * half days: for every band of the table and every reduction up to the caps, the initial time is a whole or half day,
 * never below the table time less the cap, and the nearest half day unless that one would cross the cap.
 */
class ReductionCapAfterRoundingTest {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final AuditTimeTable table = AuditTimeTable.iafMd5();
    private final AuditTimeCalculator calculator = new AuditTimeCalculator(table);

    @Test
    void everyReductionUpToThirtyPercentInHalfPercentStepsHoldsTheCapInEveryBand() {
        int checked = 0;
        for (int persons : personsOfEveryBand()) {
            for (BigDecimal reduction = new BigDecimal("0.5"); reduction.compareTo(BigDecimal.valueOf(30)) <= 0;
                 reduction = reduction.add(new BigDecimal("0.5"))) {
                List<Adjustment> adjustments = List.of(reduce(Factor.SERVICE_COMPLEXITY, reduction));
                assertCapHolds(persons, adjustments, BigDecimal.valueOf(30), reduction);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(personsOfEveryBand().size() * 60);
    }

    @Test
    void everyIntegrationReductionUpToTwentyPercentHoldsItsOwnCapInEveryBand() {
        for (int persons : personsOfEveryBand()) {
            for (BigDecimal reduction = new BigDecimal("0.5"); reduction.compareTo(BigDecimal.valueOf(20)) <= 0;
                 reduction = reduction.add(new BigDecimal("0.5"))) {
                assertCapHolds(persons, List.of(reduce(Factor.INTEGRATED_MANAGEMENT_SYSTEM, reduction)),
                        BigDecimal.valueOf(20), reduction);
            }
        }
    }

    @Test
    void integrationTogetherWithOtherReductionsHoldsTheTotalCapInEveryBand() {
        for (int persons : personsOfEveryBand()) {
            for (int integration = 1; integration <= 20; integration++) {
                for (int other = 1; integration + other <= 30; other++) {
                    List<Adjustment> adjustments = List.of(
                            reduce(Factor.INTEGRATED_MANAGEMENT_SYSTEM, BigDecimal.valueOf(integration)),
                            reduce(Factor.REMOTE_LOCATIONS, BigDecimal.valueOf(other)));
                    // integration takes at most 20% of it, so the others' share counts in full
                    BigDecimal cap = BigDecimal.valueOf(Math.min(30, 20 + other));
                    assertCapHolds(persons, adjustments, cap, BigDecimal.valueOf(integration + other));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} persons, {1}%: {2} days")
    @CsvSource({
            // table days x (1 - cap) = capped time; the nearest half day below it goes up
            "150, SERVICE_COMPLEXITY, -30, 6.0",          // 8 days: 5.6 -> 5.5 would cross the cap
            "3, SERVICE_COMPLEXITY, -30, 1.5",            // 1.5 days: 1.05 -> 1.0 would cross the cap
            "8, SERVICE_COMPLEXITY, -30, 1.5",            // 2 days: 1.4 -> 1.5, not below the cap anyway
            "100, INTEGRATED_MANAGEMENT_SYSTEM, -20, 6.0", // 7 days: 5.6 -> 5.5 would cross the 20% cap
            "150, INTEGRATED_MANAGEMENT_SYSTEM, -20, 6.5", // 8 days: 6.4 -> 6.5
            "150, SERVICE_COMPLEXITY, -10, 7.0",          // 8 days: 7.2 -> 7.0, well within the cap
    })
    void theNearestHalfDayUnlessItCrossesTheCap(int persons, Factor factor, BigDecimal percent, BigDecimal days) {
        Calculation calculation = calculator.calculate(single(persons,
                List.of(new Adjustment(factor, percent, "justified"))));

        assertThat(calculation.time().initialDays()).isEqualByComparingTo(days);
    }

    @Test
    void theReasonsStateTheCapAndWhyTheTimeWasRoundedUp() {
        Calculation calculation = calculator.calculate(single(150,
                List.of(reduce(Factor.SERVICE_COMPLEXITY, BigDecimal.valueOf(30)))));

        assertThat(calculation.reasons()).anySatisfy(reason -> {
            assertThat(reason.item()).isEqualTo("reduction cap");
            assertThat(reason.value()).isEqualTo("at least 5.6 days");
            assertThat(reason.reason()).contains("8.0 days -30%", "at most 30% in total", "at most 20%",
                    "rounding to half days never takes the time below that");
        });
        assertThat(calculation.reasons()).anySatisfy(reason -> {
            assertThat(reason.item()).isEqualTo("adjusted days");
            assertThat(reason.value()).isEqualTo("6.0");
            assertThat(reason.reason()).isEqualTo("8.0 days -30% = 5.6, rounded up to the next half day: the nearest "
                    + "half day, 5.5, would fall below the reduction cap of 5.6 days");
        });
    }

    @Test
    void aReductionWithinTheCapIsRoundedToTheNearestHalfDayAsBefore() {
        Calculation calculation = calculator.calculate(single(150,
                List.of(reduce(Factor.SERVICE_COMPLEXITY, BigDecimal.TEN))));

        assertThat(calculation.reasons()).anySatisfy(reason -> {
            assertThat(reason.item()).isEqualTo("adjusted days");
            assertThat(reason.reason()).isEqualTo("8.0 days -10% = 7.2, to the nearest half day");
        });
    }

    private void assertCapHolds(int persons, List<Adjustment> adjustments, BigDecimal cap, BigDecimal reduction) {
        BigDecimal tableDays = table.initialDays(persons);
        BigDecimal days = calculator.calculate(single(persons, adjustments)).time().initialDays();
        BigDecimal capped = tableDays.multiply(HUNDRED.subtract(cap)).divide(HUNDRED);
        BigDecimal exact = tableDays.multiply(HUNDRED.subtract(reduction)).divide(HUNDRED);
        String what = persons + " persons, " + adjustments.stream().map(a -> a.factor() + " " + a.percent()).toList();

        assertThat(days.remainder(HalfDay.HALF)).as(what).isEqualByComparingTo("0");
        assertThat(days).as(what).isGreaterThanOrEqualTo(capped);
        BigDecimal nearest = HalfDay.round(exact);
        if (nearest.compareTo(capped) >= 0) {
            assertThat(days).as(what).isEqualByComparingTo(nearest.max(BigDecimal.ONE));
        } else {
            assertThat(days).as(what).isEqualByComparingTo(nearest.add(HalfDay.HALF));
        }
    }

    /** The first and the last number of persons of every band, and two numbers above the last band. */
    private List<Integer> personsOfEveryBand() {
        List<Integer> persons = new ArrayList<>();
        int from = 1;
        for (AuditTimeTable.Band band : table.bands()) {
            persons.add(from);
            persons.add(band.maxPersons());
            from = band.maxPersons() + 1;
        }
        persons.add(from);
        persons.add(from + 4 * table.personsPerExtraDay());
        return persons;
    }

    private static Adjustment reduce(Factor factor, BigDecimal percent) {
        return new Adjustment(factor, percent.negate(), "justified in the file");
    }

    private static AuditTimeInput single(int persons, List<Adjustment> adjustments) {
        return new AuditTimeInput(List.of(new AuditTimeInput.SiteInput("Head office", true, persons)), adjustments,
                Set.of(Standard.ISO_IEC_20000_1_2018));
    }
}
