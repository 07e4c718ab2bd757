package io.opencert.certificate.licence;

public enum LicenceStatus {
    /** The holder may use the certificate and the mark. */
    GRANTED,
    /** The right to use is revoked while the certificate is suspended, and for good once it is withdrawn or expired. */
    REVOKED
}
