package io.opencert.events.certificate;

import io.opencert.events.EventPayload;

import java.time.LocalDate;
import java.util.UUID;

/** A certificate was withdrawn (for good) on {@code withdrawnOn}; {@code reason} says why, in words. */
public record CertificateWithdrawnV1(UUID certificateId, String number, UUID clientId, String reason,
                                     LocalDate withdrawnOn) implements EventPayload {
    @Override
    public String subject() {
        return certificateId.toString();
    }
}
