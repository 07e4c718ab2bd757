package io.opencert.certificate.rules;

/** The statuses of ISO/IEC 17021-1 9.6; the public register shows them. */
public enum CertificateStatus {
    ACTIVE,
    SUSPENDED,
    WITHDRAWN,
    EXPIRED
}
