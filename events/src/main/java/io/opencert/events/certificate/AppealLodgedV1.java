package io.opencert.events.certificate;

import io.opencert.events.EventPayload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A client appealed the certification decision {@code decisionId} on it; the appellant is to hear of its receipt. It
 * is to be acknowledged by {@code acknowledgeBy} and decided by {@code decideBy}.
 */
public record AppealLodgedV1(UUID appealId, String reference, UUID clientId, UUID decisionId, String appellantName,
                             String appellantEmail, Instant lodgedAt, LocalDate acknowledgeBy, LocalDate decideBy)
        implements EventPayload {
    @Override
    public String subject() {
        return appealId.toString();
    }
}
