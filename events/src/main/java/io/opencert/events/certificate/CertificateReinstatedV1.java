package io.opencert.events.certificate;

import io.opencert.events.EventPayload;
import io.opencert.events.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A suspended certificate is valid again from {@code reinstatedOn}; its expiry date is unchanged. {@code decisionId}: the
 * certification decision that reinstated it (empty in events written before decisions were recorded).
 */
public record CertificateReinstatedV1(UUID certificateId, String number, UUID clientId, LocalDate reinstatedOn,
                                      LocalDate expiryDate, @Nullable UUID decisionId) implements EventPayload {
    @Override
    public String subject() {
        return certificateId.toString();
    }
}
