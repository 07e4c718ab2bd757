package io.opencert.certificate.rules;

/**
 * What a decision decides on: the outcome of an audit (or the transfer it is about), or a change of a certificate's
 * status or scope, which staff or a rule ask for and only a granted decision makes.
 */
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
    TRANSFER,
    /** Suspend the certificate for at most 6 months, for the reason the decision names. */
    SUSPENSION,
    /** End a suspension: the certificate is valid again until its expiry date. */
    REINSTATEMENT,
    /** Withdraw the certificate for good. */
    WITHDRAWAL,
    /** Reduce the scope (and sites) to what still meets the requirements; a suspension ends with it. */
    SCOPE_REDUCTION,
    /**
     * Extend the scope (and sites) to what a scope extension audit found conforming, opened by that audit's completion:
     * a grant reissues the certificate as a new revision.
     */
    SCOPE_EXTENSION;

    /** Whether a grant gives a certificate (a new one, a new cycle or a wider scope) rather than keeping or ending one. */
    public boolean certifies() {
        return this == CERTIFICATION || this == RENEWAL || this == TRANSFER || this == SCOPE_EXTENSION;
    }

    /** Whether the decision changes a certificate named when it is opened, rather than deciding on an audit's outcome. */
    public boolean changesCertificate() {
        return this == SUSPENSION || this == REINSTATEMENT || this == WITHDRAWAL || this == SCOPE_REDUCTION
                || this == SCOPE_EXTENSION;
    }
}
