package io.opencert.certificate.register;

import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.certificate.dto.CertificateView;

import java.time.LocalDate;
import java.util.List;

/**
 * What anyone may learn about a certificate (ISO/IEC 17021-1 8.1.3: status, name, standard, scope, location);
 * since when it has its status (e.g. the day of a suspension or withdrawal) but never why; nothing about the client's
 * people, the audit or the decision.
 */
public record PublicCertificate(String number, String holder, String standard, String scope, CertificateStatus status,
                                LocalDate statusSince, LocalDate originalCertificationDate, LocalDate issueDate, LocalDate expiryDate,
                                int revision, List<PublicSite> sites) {

    /** A certified location with the scope it is certified for. */
    public record PublicSite(String name, String city, String country, String scope) {
    }

    static PublicCertificate of(CertificateView certificate) {
        return new PublicCertificate(certificate.number(), certificate.holderName(), certificate.standardTitle(),
                certificate.scope(), certificate.status(), certificate.statusSince(), certificate.originalCertificationDate(),
                certificate.issueDate(), certificate.expiryDate(), certificate.revision(),
                certificate.sites().stream()
                        .map(site -> new PublicSite(site.name(), site.city(), site.country(), site.scope())).toList());
    }
}
