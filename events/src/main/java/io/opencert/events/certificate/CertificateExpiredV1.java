package io.opencert.events.certificate;

import io.opencert.events.EventPayload;

import java.time.LocalDate;
import java.util.UUID;

/** A certificate passed its expiry date without recertification; {@code expiredOn} is the day after expiryDate. */
public record CertificateExpiredV1(UUID certificateId, String number, UUID clientId, LocalDate expiryDate,
                                   LocalDate expiredOn) implements EventPayload {
    @Override
    public String subject() {
        return certificateId.toString();
    }
}
