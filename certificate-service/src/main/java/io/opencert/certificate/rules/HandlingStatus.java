package io.opencert.certificate.rules;

/** Where a complaint or an appeal stands; the steps follow each other in this order. */
public enum HandlingStatus {
    /** Filed or lodged; not yet acknowledged to the complainant or appellant. */
    RECEIVED,
    /** Acknowledged to the complainant or appellant; nobody investigates it yet. */
    ACKNOWLEDGED,
    /** A person not involved in the matter investigates it. */
    UNDER_INVESTIGATION,
    /** Upheld or not, with the outcome for the complainant or appellant. */
    DECIDED,
    /** The outcome was given and followed up; nothing more happens. */
    CLOSED;

    /** Whether the decision is still to be made, so that its deadline can pass. */
    public boolean awaitsDecision() {
        return this == RECEIVED || this == ACKNOWLEDGED || this == UNDER_INVESTIGATION;
    }
}
