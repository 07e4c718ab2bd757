package io.opencert.events.certificate;

import io.opencert.events.EventPayload;
import io.opencert.events.Nullable;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A certification decision granted a certificate. {@code auditId} and {@code programmeId} name the audit it was decided
 * on; both are null for a certificate transferred from another body, which is decided on the pre-transfer review and
 * keeps the transferred certificate's expiry.
 */
public record CertificateIssuedV1(UUID certificateId, String number, int revision, UUID clientId, String holderName,
                                  Standard standard, String scope, List<Site> sites, UUID decisionId,
                                  @Nullable UUID auditId, @Nullable UUID programmeId, LocalDate decisionDate, LocalDate originalCertificationDate,
                                  LocalDate issueDate, LocalDate expiryDate, Instant issuedAt)
        implements EventPayload {
    @Override
    public String subject() {
        return certificateId.toString();
    }
}
