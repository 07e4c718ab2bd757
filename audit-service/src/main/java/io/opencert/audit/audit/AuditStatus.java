package io.opencert.audit.audit;

public enum AuditStatus {
    SCHEDULED,
    /** The team has started recording findings. */
    IN_PROGRESS,
    COMPLETED,
    /** Scheduling called it off; what was recorded stays, nothing more is accepted. */
    CANCELLED;

    /** The team may still record findings and complete the audit. */
    public boolean open() {
        return this == SCHEDULED || this == IN_PROGRESS;
    }
}
