package io.opencert.certificate.certificate;

import io.opencert.certificate.rules.ScopedSite;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a granted recertification decision renews a certificate with: the audit's scope and sites (each with its
 * scope), a new cycle.
 */
public record Renewal(UUID decisionId, LocalDate decisionDate, UUID auditId, UUID programmeId, String holderName,
                      String scope, List<ScopedSite> sites) {
}
