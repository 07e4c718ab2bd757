package io.opencert.client.audittime;

import io.opencert.events.model.AuditType;

import java.math.BigDecimal;

/** The audit days of one certification cycle for an organisation of {@code persons} persons. */
public record AuditTime(int persons, BigDecimal initialDays, BigDecimal stage1Days, BigDecimal stage2Days,
                        BigDecimal surveillanceDays, BigDecimal recertificationDays) {

    /** Days of one audit of this type (each surveillance audit gets the surveillance days). */
    public BigDecimal daysOf(AuditType type) {
        return switch (type) {
            case STAGE_1 -> stage1Days;
            case STAGE_2 -> stage2Days;
            case SURVEILLANCE -> surveillanceDays;
            case RECERTIFICATION -> recertificationDays;
            default -> throw new IllegalArgumentException(type + " is not part of the calculated cycle");
        };
    }
}
