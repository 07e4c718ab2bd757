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

    private HalfDay() {
    }
}
