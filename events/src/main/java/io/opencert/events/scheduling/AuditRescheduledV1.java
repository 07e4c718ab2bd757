package io.opencert.events.scheduling;

import io.opencert.events.EventPayload;
import io.opencert.events.model.TeamMember;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A booked audit got new dates or a new team; the audit's other facts are as scheduled. */
public record AuditRescheduledV1(UUID auditId, UUID programmeId, UUID clientId, LocalDate startDate,
                                 LocalDate endDate, BigDecimal days, List<TeamMember> team, String reason,
                                 Instant rescheduledAt) implements EventPayload {
    @Override
    public String subject() {
        return auditId.toString();
    }
}
