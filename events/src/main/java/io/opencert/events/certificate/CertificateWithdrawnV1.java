package io.opencert.events.certificate;

import io.opencert.events.EventPayload;
import io.opencert.events.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate was withdrawn (for good) on {@code withdrawnOn}; {@code reason} says why, in words. {@code decisionId}:
 * the decision that withdrew it (empty in events written before decisions were recorded).
 */
public record CertificateWithdrawnV1(UUID certificateId, String number, UUID clientId, String reason,
                                     LocalDate withdrawnOn, @Nullable UUID decisionId) implements EventPayload {
    @Override
    public String subject() {
        return certificateId.toString();
    }
}
