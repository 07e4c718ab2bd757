package io.opencert.events.certificate;

import io.opencert.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint was decided, upheld or not, by someone involved neither in its matter nor in its investigation;
 * {@code outcome} is the text for the complainant, who is to receive it.
 */
public record ComplaintDecidedV1(UUID complaintId, String reference, String complainantName, String complainantEmail,
                                 boolean upheld, String outcome, String decidedBy, Instant decidedAt)
        implements EventPayload {
    @Override
    public String subject() {
        return complaintId.toString();
    }
}
