package io.opencert.client.audittime;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Audit time of a certification cycle: initial time from the table; stage 1 takes 30% of it (at least half a day)
 * and stage 2 the rest; surveillance is 1/3 and recertification 2/3 of the initial time, each to the nearest half day.
 */
public final class AuditTimeCalculator {
    private static final BigDecimal STAGE_1_SHARE = new BigDecimal("0.3");
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    // More than enough digits: a third of a half-day multiple never lands on a rounding tie.
    private static final int THIRDS_SCALE = 6;

    private final AuditTimeTable table;

    public AuditTimeCalculator(AuditTimeTable table) {
        this.table = table;
    }

    public AuditTime calculate(int persons) {
        BigDecimal initial = table.initialDays(persons).setScale(1);
        BigDecimal stage1 = HalfDay.round(initial.multiply(STAGE_1_SHARE)).max(HalfDay.HALF);
        BigDecimal stage2 = initial.subtract(stage1);
        BigDecimal surveillance = HalfDay.round(initial.divide(THREE, THIRDS_SCALE, RoundingMode.HALF_UP));
        BigDecimal recertification = HalfDay.round(
                initial.multiply(BigDecimal.TWO).divide(THREE, THIRDS_SCALE, RoundingMode.HALF_UP));
        return new AuditTime(persons, initial, stage1, stage2, surveillance, recertification);
    }
}
