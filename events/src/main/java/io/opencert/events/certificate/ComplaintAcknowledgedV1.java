package io.opencert.events.certificate;

import io.opencert.events.EventPayload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The body acknowledged a complaint to its complainant; the decision is due by {@code decideBy}. */
public record ComplaintAcknowledgedV1(UUID complaintId, String reference, String complainantName,
                                      String complainantEmail, String acknowledgedBy, Instant acknowledgedAt,
                                      LocalDate decideBy) implements EventPayload {
    @Override
    public String subject() {
        return complaintId.toString();
    }
}
