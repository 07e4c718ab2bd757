package io.opencert.certificate.rules;

/** Why a certificate is suspended (ISO/IEC 17021-1, 9.6.5.1). */
public enum SuspensionReason {
    MISSED_SURVEILLANCE,
    UNRESOLVED_MAJOR_NONCONFORMITY,
    CLIENT_REQUEST,
    MISUSE_OF_MARK,
    /** A decision-maker refused to continue certification after a surveillance audit, and suspended it instead. */
    CONTINUATION_REFUSED
}
