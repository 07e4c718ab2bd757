package io.opencert.audit.catalogue;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.FindingGrade;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A finding of one of the client's completed audits, as a new audit's checklist may follow it up.
 *
 * @param auditType  the type of the audit that recorded it
 * @param auditStart the first day of that audit
 * @param ofLastAudit true when that audit is the client's latest completed one
 * @param open       true for a nonconformity whose correction is not verified yet; false for any other grade
 */
public record PreviousFinding(UUID findingId, FindingGrade grade, String clause, String evidence, AuditType auditType,
                              LocalDate auditStart, boolean ofLastAudit, boolean open) {

    public PreviousFinding {
        Objects.requireNonNull(findingId, "findingId");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(auditType, "auditType");
        Objects.requireNonNull(auditStart, "auditStart");
    }
}
