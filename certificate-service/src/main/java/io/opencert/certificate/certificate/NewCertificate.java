package io.opencert.certificate.certificate;

import io.opencert.events.model.Standard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a granted certification decision certifies: the holder, its sites each with its scope. */
public record NewCertificate(UUID decisionId, LocalDate decisionDate, UUID auditId, UUID programmeId, UUID clientId,
                             String holderName, Standard standard, String scope, List<ScopedSite> sites) {
}
