package io.opencert.client.audittime;

import io.opencert.events.model.AuditType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit time of a certification cycle with the reason for every number: the table version used, the
 * adjustments, the days of each audit of the cycle and where they are spent.
 */
public record Calculation(int tableVersion, AuditTime time, BigDecimal tableDays, List<Adjustment> adjustments,
                          BigDecimal cloudExtensionDays, BigDecimal initialOnSiteDays, List<PlannedAudit> audits,
                          List<Reason> reasons) {

    public Calculation {
        adjustments = List.copyOf(adjustments);
        audits = List.copyOf(audits);
        reasons = List.copyOf(reasons);
    }

    /** One audit of the cycle (the two surveillances are numbered 1 and 2) and the days at each visited site. */
    public record PlannedAudit(AuditType type, int number, BigDecimal days, List<SiteDays> sites) {
        public PlannedAudit {
            sites = List.copyOf(sites);
        }
    }

    public record SiteDays(String site, boolean centralFunction, BigDecimal days) {
    }

    /** What a number is, the number, and why it is what it is. */
    public record Reason(String item, String value, String reason) {
    }

    /** The same calculation for only some of the cycle's audits, {@code why} added to the reasons. */
    public Calculation limitedTo(List<PlannedAudit> quoted, Reason why) {
        List<Reason> explained = new ArrayList<>(reasons);
        explained.add(why);
        return new Calculation(tableVersion, time, tableDays, adjustments, cloudExtensionDays, initialOnSiteDays,
                quoted, explained);
    }

    public BigDecimal totalDays() {
        return audits.stream().map(PlannedAudit::days).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
