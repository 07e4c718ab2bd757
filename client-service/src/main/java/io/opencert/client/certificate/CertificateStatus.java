package io.opencert.client.certificate;

/**
 * A certificate's status as certificate-service announces it. ACTIVE and SUSPENDED are live: at most one per holder
 * and standard. WITHDRAWN is final; an EXPIRED certificate can still be restored within 6 months of its expiry.
 */
public enum CertificateStatus {
    ACTIVE, SUSPENDED, WITHDRAWN, EXPIRED
}
