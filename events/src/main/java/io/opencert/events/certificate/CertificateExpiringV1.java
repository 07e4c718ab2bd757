package io.opencert.events.certificate;

import io.opencert.events.EventPayload;

import java.time.LocalDate;
import java.util.UUID;

/** Sent once for each notice period (90, 60 and 30 days by default) before a certificate expires. */
public record CertificateExpiringV1(UUID certificateId, String number, UUID clientId, LocalDate expiryDate,
                                    int daysBeforeExpiry, LocalDate noticeDate) implements EventPayload {
    @Override
    public String subject() {
        return certificateId.toString();
    }
}
