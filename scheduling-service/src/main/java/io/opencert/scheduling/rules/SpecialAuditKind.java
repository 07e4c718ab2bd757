package io.opencert.scheduling.rules;

import io.opencert.events.model.AuditType;

/**
 * What staff plan besides the audits a contract or a certificate plans by themselves, and the audit type it is booked,
 * announced and decided on as: a repeated stage is that stage again, an extra surveillance a surveillance (decided as a
 * continuation), a short-notice audit a special audit.
 */
public enum SpecialAuditKind {
    /**
     * ISO/IEC 17021-1 9.6.4.2: to investigate a complaint or a change, or to follow up a suspended client. The client
     * has no chance to object to the team, so it is booked by the same impartiality and competence rules as any audit.
     */
    SHORT_NOTICE(AuditType.SPECIAL),
    /** A surveillance besides the yearly ones, e.g. after nonconformities; it replaces none of them. */
    EXTRA_SURVEILLANCE(AuditType.SURVEILLANCE),
    /** Stage 1 again, e.g. when stage 2 can no longer follow the last one in time. */
    REPEATED_STAGE_1(AuditType.STAGE_1),
    /** Stage 2 again, e.g. when a major nonconformity of stage 2 was not verified within 6 months. */
    REPEATED_STAGE_2(AuditType.STAGE_2),
    /** Optional, before stage 1: a profile of strengths and weaknesses; never stage 1, never advice. */
    PRE_ASSESSMENT(AuditType.PRE_ASSESSMENT),
    /** Optional, before stage 1: a short report of deficiencies and opportunities; never stage 1, never advice. */
    SYSTEM_AND_RISK_REVIEW(AuditType.SYSTEM_AND_RISK_REVIEW);

    private final AuditType auditType;

    SpecialAuditKind(AuditType auditType) {
        this.auditType = auditType;
    }

    public AuditType auditType() {
        return auditType;
    }
}
