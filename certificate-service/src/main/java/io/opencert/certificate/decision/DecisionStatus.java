package io.opencert.certificate.decision;

public enum DecisionStatus {
    /** Waiting for an independent decision-maker. */
    OPEN,
    /** The decision-maker asked for more information before deciding; still to be decided. */
    INFORMATION_REQUESTED,
    /** Granted; the certificate was issued, renewed or continued in the same transaction. */
    GRANTED,
    /** Refused, with a written rationale. */
    REFUSED;

    /** Whether a decision-maker still has to decide. */
    public boolean pending() {
        return this == OPEN || this == INFORMATION_REQUESTED;
    }
}
