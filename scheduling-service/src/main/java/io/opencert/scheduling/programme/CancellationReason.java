package io.opencert.scheduling.programme;

/** Why a booked audit will not take place on its dates, as AuditCancelled tells the other services. */
public enum CancellationReason {
    CERTIFICATE_SUSPENDED,
    CERTIFICATE_WITHDRAWN,
    CLIENT_REQUEST,
    STAFF_DECISION;

    /** Planners cancel for these; the certificate's fate cancels for the others. */
    public boolean isPlannersChoice() {
        return this == CLIENT_REQUEST || this == STAFF_DECISION;
    }
}
