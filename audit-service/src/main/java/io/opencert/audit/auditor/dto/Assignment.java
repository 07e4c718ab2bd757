package io.opencert.audit.auditor.dto;

import io.opencert.audit.audit.Audit;
import io.opencert.audit.audit.AuditStatus;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.TeamRole;

import java.time.LocalDate;
import java.util.UUID;

/** One audit on an auditor's list, compact for a phone; the full audit is one call away. */
public record Assignment(UUID auditId, AuditType type, AuditStatus status, String clientName, LocalDate startDate,
                         LocalDate endDate, TeamRole role) {

    public static Assignment of(Audit audit, String username) {
        return new Assignment(audit.id(), audit.type(), audit.status(), audit.clientName(), audit.startDate(),
                audit.endDate(), audit.roleOf(username).orElseThrow());
    }
}
