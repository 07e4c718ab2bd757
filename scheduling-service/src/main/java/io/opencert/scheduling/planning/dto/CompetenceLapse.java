package io.opencert.scheduling.planning.dto;

import io.opencert.events.model.AuditType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A booked audit whose team is no longer competent on its dates, mostly because a qualification lapses before the
 * audit: the planners renew the qualification or change the team. {@code rule} names what the team now breaks.
 */
public record CompetenceLapse(UUID auditId, UUID programmeId, UUID clientId, String clientName, AuditType type,
                              LocalDate startDate, LocalDate endDate, List<String> team, String rule,
                              String detail) {
}
