package io.opencert.audit.nonconformity.dto;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.OverdueNonconformity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One run of the nonconformity deadline check on {@code today}: how many audits it found past their major
 * nonconformities' deadline and checked for the first time, and those of them reported overdue
 * (MajorNonconformityOverdue, or Stage2RepetitionRequired for a stage 2 past its 6 months); the others had every major nonconformity verified in time. An audit is checked by the
 * first run after its deadline only.
 */
public record NonconformityDeadlinesRun(LocalDate today, int auditsChecked, List<OverdueAudit> overdue) {

    /** An audit with major nonconformities whose correction was not verified by the deadline. */
    public record OverdueAudit(UUID auditId, UUID programmeId, UUID clientId, String clientName, AuditType type,
                               LocalDate deadline, List<OverdueNonconformity> nonconformities) {
    }
}
