package io.opencert.events.certificate;

import io.opencert.events.EventPayload;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recertification decision renewed the certificate for a new 3-year cycle: same number and original certification
 * date, a new revision, issue and expiry date. Scheduling plans the new cycle's audits from it.
 */
public record CertificateRenewedV1(UUID certificateId, String number, int revision, UUID clientId, String holderName,
                                   Standard standard, String scope, List<Site> sites, UUID decisionId, UUID auditId,
                                   UUID programmeId, LocalDate decisionDate, LocalDate originalCertificationDate,
                                   LocalDate issueDate, LocalDate expiryDate, Instant renewedAt)
        implements EventPayload {
    @Override
    public String subject() {
        return certificateId.toString();
    }
}
