package io.opencert.events.certificate;

import io.opencert.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/** The handling of a decided appeal ended: the outcome was given to the appellant and followed up. */
public record AppealClosedV1(UUID appealId, String reference, UUID clientId, String closedBy, Instant closedAt)
        implements EventPayload {
    @Override
    public String subject() {
        return appealId.toString();
    }
}
