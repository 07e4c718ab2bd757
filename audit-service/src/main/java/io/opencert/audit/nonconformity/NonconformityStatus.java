package io.opencert.audit.nonconformity;

import java.util.Optional;

/**
 * Where a nonconformity stands: the client's user answers with correction, root cause and corrective action; the
 * audit team accepts the answer or returns it; the verification of the implemented correction closes it.
 */
public enum NonconformityStatus {
    AWAITING_RESPONSE,
    RESPONDED,
    /** The team found the answer insufficient; the client answers again. */
    RETURNED,
    ACCEPTED,
    VERIFIED;

    public enum Step {
        RESPOND,
        ACCEPT,
        RETURN,
        VERIFY
    }

    /** The status after the step; empty when the step is not allowed from this status. */
    public Optional<NonconformityStatus> after(Step step) {
        NonconformityStatus next = switch (step) {
            case RESPOND -> this == AWAITING_RESPONSE || this == RETURNED ? RESPONDED : null;
            case ACCEPT -> this == RESPONDED ? ACCEPTED : null;
            case RETURN -> this == RESPONDED ? RETURNED : null;
            case VERIFY -> this == ACCEPTED ? VERIFIED : null;
        };
        return Optional.ofNullable(next);
    }

    public boolean closed() {
        return this == VERIFIED;
    }
}
