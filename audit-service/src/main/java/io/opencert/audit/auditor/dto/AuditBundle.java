package io.opencert.audit.auditor.dto;

import io.opencert.audit.attachment.dto.AttachmentView;
import io.opencert.audit.audit.dto.AuditView;
import io.opencert.audit.checklist.dto.ChecklistItemView;
import io.opencert.audit.finding.dto.FindingView;
import io.opencert.audit.plan.dto.PlanView;

import java.util.List;

/**
 * Everything an auditor needs to work on an audit offline: the audit, its plan, its checklist with each item's version (the
 * base of an offline answer), its findings and their attachments, and the previous findings: only those of earlier
 * audits that checklist items follow up ({@code followsUp}), as they stand now.
 */
public record AuditBundle(AuditView audit, PlanView plan, List<ChecklistItemView> checklist, List<FindingView> findings,
                          List<AttachmentView> attachments, List<FindingView> previousFindings) {
}
