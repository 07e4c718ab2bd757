package io.opencert.events.model;

/** The audit team's recommendation to the certification decision-maker. */
public enum Recommendation {
    CERTIFY,
    CERTIFY_AFTER_NONCONFORMITY_CLOSURE,
    CONTINUE,
    SUSPEND,
    REFUSE
}
