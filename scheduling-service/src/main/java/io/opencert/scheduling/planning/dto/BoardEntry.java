package io.opencert.scheduling.planning.dto;

import io.opencert.events.model.AuditType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An audit waiting for dates and a team. {@code urgent}: the certificate nears expiry and this recertification is
 * not booked; {@code remindedOn}: the day the date watch found its window closing, or null;
 * {@code liftsSuspension}: the missed surveillance the certificate is suspended for, bookable until
 * {@code suspendedUntil} (null otherwise) although its window has closed.
 */
public record BoardEntry(UUID auditId, UUID programmeId, UUID clientId, String clientName, AuditType type,
                         LocalDate dueFrom, LocalDate dueBy, BigDecimal days, boolean urgent, LocalDate remindedOn,
                         boolean liftsSuspension, LocalDate suspendedUntil) {
}
