package io.opencert.events.model;

public enum AuditType {
    PRE_ASSESSMENT,
    SYSTEM_AND_RISK_REVIEW,
    STAGE_1,
    STAGE_2,
    SURVEILLANCE,
    RECERTIFICATION,
    SPECIAL,
    CLOUD_EXTENSION,
    /**
     * Audits a certified client's extended scope or added sites; its AuditScheduled and AuditCompleted carry the
     * whole extended scope and every site, existing and added, for the extension decision to compare.
     */
    SCOPE_EXTENSION;

    /** Audits whose outcome needs a certification decision (surveillance only continues a certificate). */
    public boolean leadsToCertificationDecision() {
        return this == STAGE_2 || this == RECERTIFICATION || this == SPECIAL || this == CLOUD_EXTENSION
                || this == SCOPE_EXTENSION;
    }
}
