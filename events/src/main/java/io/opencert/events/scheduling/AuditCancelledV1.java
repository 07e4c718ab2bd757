package io.opencert.events.scheduling;

import io.opencert.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/**
 * A booked audit will not take place, for example because the certificate was suspended or withdrawn.
 * {@code reason} is one of CERTIFICATE_SUSPENDED, CERTIFICATE_WITHDRAWN, CLIENT_REQUEST, STAFF_DECISION.
 */
public record AuditCancelledV1(UUID auditId, UUID programmeId, UUID clientId, String reason, Instant cancelledAt)
        implements EventPayload {
    @Override
    public String subject() {
        return auditId.toString();
    }
}
