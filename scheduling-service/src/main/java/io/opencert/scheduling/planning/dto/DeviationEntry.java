package io.opencert.scheduling.planning.dto;

import io.opencert.events.model.AuditType;
import io.opencert.scheduling.programme.PlannedAuditStatus;
import io.opencert.scheduling.programme.dto.Deviation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A booked (or held) audit that deviates from its programme: its due window, the dates it was booked for and the
 * deviation, with the rule it deviates from, why and who recorded it.
 */
public record DeviationEntry(UUID auditId, UUID programmeId, UUID clientId, String clientName, AuditType type,
                             PlannedAuditStatus status, LocalDate dueFrom, LocalDate dueBy, LocalDate startDate,
                             LocalDate endDate, Deviation deviation) {
}
