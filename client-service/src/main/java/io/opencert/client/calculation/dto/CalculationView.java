package io.opencert.client.calculation.dto;

import io.opencert.client.audittime.Calculation;
import io.opencert.events.model.AuditType;

import java.math.BigDecimal;
import java.util.List;

/** An audit time calculation: the days of every audit of the cycle, where they are spent, and every reason. */
public record CalculationView(int tableVersion, int persons, BigDecimal tableDays, BigDecimal cloudExtensionDays,
                              BigDecimal initialDays, BigDecimal stage1Days, BigDecimal stage2Days,
                              BigDecimal initialOnSiteDays, BigDecimal surveillanceDays,
                              BigDecimal recertificationDays, BigDecimal totalDays,
                              List<Audit> audits, List<Calculation.Reason> reasons) {

    public record Audit(AuditType type, int number, BigDecimal days, List<Calculation.SiteDays> sites) {
    }

    public static CalculationView of(Calculation calculation) {
        return new CalculationView(calculation.tableVersion(), calculation.time().persons(), calculation.tableDays(),
                calculation.cloudExtensionDays(), calculation.time().initialDays(), calculation.time().stage1Days(),
                calculation.time().stage2Days(), calculation.initialOnSiteDays(), calculation.time().surveillanceDays(),
                calculation.time().recertificationDays(), calculation.totalDays(),
                calculation.audits().stream().map(audit -> new Audit(audit.type(), audit.number(), audit.days(),
                        audit.sites())).toList(),
                calculation.reasons());
    }
}
