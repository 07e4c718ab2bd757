package io.opencert.certificate.decision;

public enum DecisionStatus {
    /** Waiting for an independent decision-maker. */
    OPEN,
    /** Certification granted; the certificate was issued in the same transaction. */
    GRANTED
}
