package io.opencert.audit.audit;

import io.opencert.events.model.TeamRole;

/**
 * What only the team's auditors do (ISO/IEC 17021-1 7.2, 9.4): record findings, accept or return the client's answer
 * to a nonconformity, and verify its correction. A technical expert gives the team knowledge of the field and works
 * under an auditor's direction; they take no audit decisions of their own.
 */
public final class AuditorsOnly {

    private AuditorsOnly() {
    }

    /** True for the lead auditor and the auditors of the team. */
    public static boolean allows(TeamRole role) {
        return role == TeamRole.LEAD_AUDITOR || role == TeamRole.AUDITOR;
    }
}
