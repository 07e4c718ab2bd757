package io.opencert.scheduling.programme;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.TeamRole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An audit with fixed dates, as one member of its team sees it. */
public record BookedAudit(UUID auditId, AuditType type, LocalDate startDate, LocalDate endDate, BigDecimal days,
                          String clientName, TeamRole role) {
}
