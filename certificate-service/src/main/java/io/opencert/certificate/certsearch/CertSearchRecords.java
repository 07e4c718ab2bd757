package io.opencert.certificate.certsearch;

import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.certificate.dto.SiteView;
import io.opencert.certificate.certsearch.dto.CertSearchCertification;
import io.opencert.certificate.rules.CertificateStatus;

import java.util.List;
import java.util.Optional;

/**
 * A certificate in the fields of IAF CertSearch's certification template (IAF MD 28), from the certification body's
 * settings: who certified, under whose accreditation, and the IAF sector of the body's standards.
 */
public final class CertSearchRecords {
    /** CertSearch's status for a certification to be taken out of the register. */
    public static final String DELETED = "Deleted";
    static final String MANAGEMENT_SYSTEM = "Management System";

    /**
     * The certification body as CertSearch names it; without an accreditation body its certificates are unaccredited.
     */
    public record Publisher(String certificationBodyName, Optional<String> accreditationBodyName, String sectorCode,
                            String sectorName) {
    }

    private CertSearchRecords() {
    }

    /** The certificate as the holder consented to publish it. */
    public static CertSearchCertification published(CertificateView certificate, Publisher publisher) {
        SiteView head = headOffice(certificate.sites());
        return new CertSearchCertification(certificate.id().toString(), certificate.number(),
                status(certificate.status()),
                publisher.accreditationBodyName().isPresent() ? "Accredited" : "Unaccredited",
                publisher.accreditationBodyName().orElse(null), publisher.certificationBodyName(), MANAGEMENT_SYSTEM,
                certificate.standardTitle(), certificate.scope(), publisher.sectorCode(), publisher.sectorName(),
                certificate.originalCertificationDate(), certificate.issueDate(), certificate.expiryDate(),
                certificate.clientId().toString(), certificate.holderName(),
                head == null ? null : head.country(), head == null ? null : head.city(),
                certificate.sites().stream().map(site -> new CertSearchCertification.Site(site.name(), site.city(),
                        site.country(), site.scope())).toList());
    }

    /** The holder withdrew its consent: CertSearch is to remove the certification, and learns nothing more of it. */
    public static CertSearchCertification deleted(CertificateView certificate) {
        return new CertSearchCertification(certificate.id().toString(), certificate.number(), DELETED, null, null, null,
                null, null, null, null, null, null, null, null, certificate.clientId().toString(), null, null, null,
                List.of());
    }

    /** CertSearch's words for the statuses of ISO/IEC 17021-1. */
    static String status(CertificateStatus status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case SUSPENDED -> "Suspended";
            case WITHDRAWN -> "Withdrawn";
            case EXPIRED -> "Expired";
        };
    }

    /** The central function, else the first site named; null for a certificate without sites. */
    private static SiteView headOffice(List<SiteView> sites) {
        return sites.stream().filter(SiteView::centralFunction).findFirst()
                .orElse(sites.isEmpty() ? null : sites.getFirst());
    }
}
