package io.opencert.audit.plan.dto;

import io.opencert.audit.plan.AuditPlan;
import io.opencert.audit.plan.PlanEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** The audit plan; empty, without version, until the lead auditor draws it up. */
public record PlanView(UUID auditId, List<Entry> entries, String updatedBy, Instant updatedAt, Long version) {

    public record Entry(LocalDate day, LocalTime startsAt, LocalTime endsAt, String auditor, UUID siteId,
                        String activity, List<String> clauses) {
    }

    public static PlanView of(AuditPlan plan) {
        return new PlanView(plan.auditId(), plan.entries().stream().map(PlanView::entry).toList(), plan.updatedBy(),
                plan.updatedAt().toInstant(), plan.version());
    }

    public static PlanView none(UUID auditId) {
        return new PlanView(auditId, List.of(), null, null, null);
    }

    private static Entry entry(PlanEntry entry) {
        return new Entry(entry.day(), entry.startsAt(), entry.endsAt(), entry.auditor(), entry.siteId(),
                entry.activity(), entry.clauses());
    }
}
