package io.opencert.certificate.certificate;

import io.opencert.certificate.rules.ScopedSite;
import io.opencert.events.model.Standard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a granted certification decision certifies: the holder, its sites each with its scope, until when (a cloud
 * certificate's expiry is capped further by its base certificate's). A transferred certificate has no audit and
 * no programme yet.
 */
public record NewCertificate(UUID decisionId, LocalDate decisionDate, UUID auditId, UUID programmeId, UUID clientId,
                             String holderName, Standard standard, String scope, List<ScopedSite> sites,
                             LocalDate expiryDate) {
}
