package io.opencert.client.audittime;

import java.math.BigDecimal;

/**
 * The audit days of one certification cycle for an organisation of {@code persons} persons, before they are spread
 * over the sites to visit.
 */
public record AuditTime(int persons, BigDecimal initialDays, BigDecimal stage1Days, BigDecimal stage2Days,
                        BigDecimal surveillanceDays, BigDecimal recertificationDays) {
}
