package io.opencert.events.certificate;

import io.opencert.events.EventPayload;
import io.opencert.events.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint was filed (by anyone, or by staff on someone's behalf) about a certified client, named by its
 * {@code certificateNumber} and {@code clientId}, or about the certification body itself (both empty);
 * {@code about} is CERTIFIED_CLIENT or CERTIFICATION_BODY. The complainant is to hear of its receipt; it is to be
 * acknowledged by {@code acknowledgeBy} and decided by {@code decideBy}.
 */
public record ComplaintReceivedV1(UUID complaintId, String reference, String about, @Nullable String certificateNumber,
                                  @Nullable UUID clientId, String complainantName, String complainantEmail,
                                  Instant receivedAt, LocalDate acknowledgeBy, LocalDate decideBy)
        implements EventPayload {
    @Override
    public String subject() {
        return complaintId.toString();
    }
}
