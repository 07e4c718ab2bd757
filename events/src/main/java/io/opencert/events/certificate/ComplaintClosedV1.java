package io.opencert.events.certificate;

import io.opencert.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/** The handling of a decided complaint ended: the outcome was given to the complainant and followed up. */
public record ComplaintClosedV1(UUID complaintId, String reference, String closedBy, Instant closedAt)
        implements EventPayload {
    @Override
    public String subject() {
        return complaintId.toString();
    }
}
