package io.opencert.scheduling.programme;

public enum PlannedAuditStatus {
    /** Due in its window; no dates or team yet. */
    PLANNED,
    /** Dates and team fixed; the audit service knows it. */
    BOOKED,
    /** The audit team has completed the audit. */
    COMPLETED,
    /** Waits while the certificate is suspended; reinstatement plans it again. */
    ON_HOLD,
    /** Will not take place: the certificate was withdrawn. */
    CANCELLED
}
