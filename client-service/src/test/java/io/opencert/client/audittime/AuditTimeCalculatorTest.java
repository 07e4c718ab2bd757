package io.opencert.client.audittime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTimeCalculatorTest {
    private static final BigDecimal HALF_DAY = new BigDecimal("0.5");

    private final AuditTimeCalculator calculator = new AuditTimeCalculator(AuditTimeTable.iafMd5());

    @ParameterizedTest(name = "{0} persons: initial {1} = {2} + {3}, surveillance {4}, recertification {5}")
    @CsvSource({
            // persons, initial, stage 1 (30%), stage 2 (rest), surveillance (1/3), recertification (2/3)
            "1, 1.5, 0.5, 1.0, 0.5, 1.0",     // 0.45 -> 0.5; 0.5 -> 0.5; 1.0 -> 1.0
            "6, 2.0, 0.5, 1.5, 0.5, 1.5",     // 0.6 -> 0.5; 0.67 -> 0.5; 1.33 -> 1.5
            "12, 2.5, 1.0, 1.5, 1.0, 1.5",    // 0.75 -> 1.0 (tie up); 0.83 -> 1.0; 1.67 -> 1.5
            "20, 3.0, 1.0, 2.0, 1.0, 2.0",    // 0.9 -> 1.0
            "50, 5.0, 1.5, 3.5, 1.5, 3.5",    // 1.67 -> 1.5; 3.33 -> 3.5
            "100, 7.0, 2.0, 5.0, 2.5, 4.5",   // 2.1 -> 2.0; 2.33 -> 2.5; 4.67 -> 4.5
            "10701, 23.0, 7.0, 16.0, 7.5, 15.5"})
    void splitsTheInitialAuditIntoStagesAndDerivesSurveillanceAndRecertification(
            int persons, BigDecimal initial, BigDecimal stage1, BigDecimal stage2, BigDecimal surveillance,
            BigDecimal recertification) {
        AuditTime time = calculator.calculate(persons);

        assertThat(time.persons()).isEqualTo(persons);
        assertThat(time.initialDays()).isEqualByComparingTo(initial);
        assertThat(time.stage1Days()).isEqualByComparingTo(stage1);
        assertThat(time.stage2Days()).isEqualByComparingTo(stage2);
        assertThat(time.surveillanceDays()).isEqualByComparingTo(surveillance);
        assertThat(time.recertificationDays()).isEqualByComparingTo(recertification);
    }

    /** Property: over 1..20,000 persons no audit's time ever falls as persons grow, and the stages add up. */
    @Test
    void daysNeverDecreaseAsPersonsGrow() {
        List<Function<AuditTime, BigDecimal>> days = List.of(AuditTime::initialDays, AuditTime::stage1Days,
                AuditTime::stage2Days, AuditTime::surveillanceDays, AuditTime::recertificationDays);
        AuditTime previous = calculator.calculate(1);
        for (int persons = 1; persons <= 20_000; persons++) {
            AuditTime time = calculator.calculate(persons);
            for (Function<AuditTime, BigDecimal> day : days) {
                assertThat(day.apply(time)).as("%s at %d persons", time, persons)
                        .isGreaterThanOrEqualTo(day.apply(previous))
                        .isGreaterThanOrEqualTo(HALF_DAY)
                        .satisfies(value -> assertThat(value.remainder(HALF_DAY)).isEqualByComparingTo("0"));
            }
            assertThat(time.stage1Days().add(time.stage2Days())).as("stages at %d persons", persons)
                    .isEqualByComparingTo(time.initialDays());
            previous = time;
        }
    }
}
