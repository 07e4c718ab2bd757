package io.opencert.events.certificate;

import io.opencert.events.EventPayload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The body acknowledged an appeal to its appellant; the decision is due by {@code decideBy}. */
public record AppealAcknowledgedV1(UUID appealId, String reference, UUID clientId, String appellantName,
                                   String appellantEmail, String acknowledgedBy, Instant acknowledgedAt,
                                   LocalDate decideBy) implements EventPayload {
    @Override
    public String subject() {
        return appealId.toString();
    }
}
