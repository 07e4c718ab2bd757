package io.opencert.events.audit;

import io.opencert.events.EventPayload;
import io.opencert.events.model.AuditType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The last open nonconformity of a completed audit was verified: a decision that waited for it may proceed. */
public record NonconformitiesClosedV1(UUID auditId, UUID programmeId, UUID clientId, AuditType type,
                                      int verifiedNonconformities, LocalDate closedOn, Instant closedAt)
        implements EventPayload {
    @Override
    public String subject() {
        return auditId.toString();
    }
}
