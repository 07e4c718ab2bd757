package io.opencert.client.audittime;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** IAF MD 5: a calculated audit time that is not a whole or half day goes to the nearest half day, a tie up. */
public final class HalfDay {
    static final BigDecimal HALF = new BigDecimal("0.5");

    /** 5.3 -> 5.5, 5.2 -> 5.0, 5.75 -> 6.0; always with one decimal. */
    public static BigDecimal round(BigDecimal days) {
        return days.multiply(BigDecimal.TWO).setScale(0, RoundingMode.HALF_UP).divide(BigDecimal.TWO).setScale(1);
    }

    /** Down to a whole or half day: 1.4 -> 1.0, 1.5 -> 1.5. */
    public static BigDecimal floor(BigDecimal days) {
        return days.multiply(BigDecimal.TWO).setScale(0, RoundingMode.FLOOR).divide(BigDecimal.TWO).setScale(1);
    }

    /** Up to a whole or half day: 1.1 -> 1.5, 1.5 -> 1.5. */
    public static BigDecimal ceil(BigDecimal days) {
        return days.multiply(BigDecimal.TWO).setScale(0, RoundingMode.CEILING).divide(BigDecimal.TWO).setScale(1);
    }

    /**
     * To the nearest half day, unless that falls below {@code floor}: then up to the first half day at or above it
     * (the reduction caps hold after rounding). 5.6 days not below 5.6 -> 6.0; 5.3 not below 4.9 -> 5.5.
     */
    public static BigDecimal roundNotBelow(BigDecimal days, BigDecimal floor) {
        return round(days).max(ceil(floor));
    }

    private HalfDay() {
    }
}
