package io.opencert.scheduling.programme;

public enum PlannedAuditStatus {
    /** Due in its window; no dates or team yet. */
    PLANNED,
    /** Dates and team fixed; the audit service knows it. */
    BOOKED,
    /** The audit team has completed the audit. */
    COMPLETED
}
