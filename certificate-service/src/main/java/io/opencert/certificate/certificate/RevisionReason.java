package io.opencert.certificate.certificate;

/** Why a revision of a certificate was issued. */
public enum RevisionReason {
    INITIAL,
    RENEWAL,
    SCOPE_CHANGE,
    ADDRESS_CHANGE,
    SCOPE_REDUCTION,
    SCOPE_EXTENSION
}
