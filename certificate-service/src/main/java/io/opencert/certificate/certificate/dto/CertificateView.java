package io.opencert.certificate.certificate.dto;

import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.events.model.Standard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record CertificateView(UUID id, String number, int revision, int cycle, CertificateStatus status, long version,
                              UUID clientId, String holderName, Standard standard, String standardTitle, String scope,
                              List<SiteView> sites, UUID decisionId, UUID auditId, UUID programmeId,
                              LocalDate originalCertificationDate, LocalDate issueDate, LocalDate expiryDate,
                              Instant issuedAt, LocalDate statusSince, SuspensionReason suspensionReason,
                              LocalDate suspendedUntil) {
}
