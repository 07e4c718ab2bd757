package io.opencert.events.certificate;

import io.opencert.events.EventPayload;

import java.time.LocalDate;
import java.util.UUID;

/** A suspended certificate is valid again from {@code reinstatedOn}; its expiry date is unchanged. */
public record CertificateReinstatedV1(UUID certificateId, String number, UUID clientId, LocalDate reinstatedOn,
                                      LocalDate expiryDate) implements EventPayload {
    @Override
    public String subject() {
        return certificateId.toString();
    }
}
