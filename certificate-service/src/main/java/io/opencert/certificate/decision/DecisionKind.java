package io.opencert.certificate.decision;

/** What a decision decides on, from the kind of audit it follows (or the transfer it is about). */
public enum DecisionKind {
    /**
     * Initial certification (stage 2), a special audit, or a cloud extension (its own audit or with a surveillance):
     * a grant issues a certificate.
     */
    CERTIFICATION,
    /** A surveillance audit: a grant continues the certificate, ending a suspension for the missed surveillance. */
    CONTINUATION,
    /** A recertification audit: a grant renews the certificate for a new cycle (or restores an expired one). */
    RENEWAL,
    /**
     * A certificate transferred from another body, on the pre-transfer review instead of an audit: a grant issues our
     * certificate for the rest of the transferred certificate's cycle.
     */
    TRANSFER
}
