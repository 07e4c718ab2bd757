package io.opencert.client.audittime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class HalfDayTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "5.3, 5.5", "5.2, 5.0", "5.25, 5.5", "5.75, 6.0", "0.75, 1.0", "5.0, 5.0", "5.5, 5.5",
            "5.74, 5.5", "5.76, 6.0", "0.833333, 1.0", "1.666667, 1.5", "0.45, 0.5"})
    void roundsToTheNearestHalfDayWithATieGoingUp(BigDecimal calculated, BigDecimal expected) {
        BigDecimal rounded = HalfDay.round(calculated);

        assertThat(rounded).isEqualByComparingTo(expected);
        assertThat(rounded.scale()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1.4, 1.0", "1.5, 1.5", "1.99, 1.5", "0.3, 0.0", "2.0, 2.0"})
    void floorsToAWholeOrHalfDay(BigDecimal calculated, BigDecimal expected) {
        assertThat(HalfDay.floor(calculated)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1.1, 1.5", "1.5, 1.5", "1.05, 1.5", "5.6, 6.0", "2.0, 2.0"})
    void ceilsToAWholeOrHalfDay(BigDecimal calculated, BigDecimal expected) {
        assertThat(HalfDay.ceil(calculated)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} not below {1} -> {2}")
    @CsvSource({"5.6, 5.6, 6.0", "5.3, 4.9, 5.5", "1.05, 1.05, 1.5", "7.2, 5.6, 7.0", "6.4, 6.4, 6.5"})
    void roundsToTheNearestHalfDayButNeverBelowTheFloor(BigDecimal calculated, BigDecimal floor, BigDecimal expected) {
        assertThat(HalfDay.roundNotBelow(calculated, floor)).isEqualByComparingTo(expected);
    }
}
