package io.opencert.certificate.certificate.dto;

import io.opencert.certificate.certificate.RevisionReason;
import io.opencert.events.model.Standard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One revision of a certificate as it was issued; {@code current} is false once a later revision superseded it. */
public record RevisionView(UUID certificateId, String number, int revision, int cycle, RevisionReason reason,
                           boolean current, String holderName, Standard standard, String standardTitle, String scope,
                           List<SiteView> sites, LocalDate originalCertificationDate, LocalDate issueDate,
                           LocalDate expiryDate, Instant issuedAt) {
}
