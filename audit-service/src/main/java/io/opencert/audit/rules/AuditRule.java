package io.opencert.audit.rules;

import io.opencert.commons.problem.Rule;
import io.opencert.commons.problem.RuleText;

/**
 * Every rule of audit execution that refuses a request; listed with its source and tests in the rules catalogue,
 * {@code docs/rules/audit-service.md}.
 */
public enum AuditRule implements Rule {
    AUDIT_NOT_OPEN("Audit not open", "Workflow"),
    AUDITORS_ONLY(403, "Auditors only", "ISO/IEC 17021-1 7.2.6"),
    LEAD_AUDITOR_ONLY(403, "Lead auditor only", "ISO/IEC 17021-1 9.2.2.1"),
    FORMER_AUDITOR(403, "Former auditor", "ISO/IEC 17021-1 8.4"),
    LAST_DAY_ON_SITE_BEFORE_START(400, "Last day on site before the start", "Workflow"),
    LAST_DAY_ON_SITE_IN_FUTURE(400, "Last day on site in the future", "ISO/IEC 17021-1 9.4.8"),
    CHECKLIST_UNANSWERED("Checklist not fully answered", "ISO/IEC 17021-1 9.4.5"),
    CLAUSES_NOT_AUDITED("Clauses not audited", "ISO/IEC 20000-6 9.3"),
    CERTIFY_WITH_OPEN_MAJOR_NONCONFORMITY("Major nonconformity open", "ISO/IEC 17021-1 9.5.3.1"),
    NONCONFORMITY_WORKFLOW("Step not allowed", "ISO/IEC 17021-1 9.4.10"),
    NOT_A_PRE_ASSESSMENT("Not a pre-assessment", "Workflow"),
    ADVICE_IN_REPORT(400, "The report gives advice", "ISO/IEC 17021-1 5.2.5"),
    ATTACHMENT_ID_TAKEN("Attachment id taken", "Workflow"),
    SYNC_BATCH_ID_REUSED("Batch id used before", "Workflow");

    private final RuleText text;

    AuditRule(String title, String source) {
        this(409, title, source);
    }

    AuditRule(int status, String title, String source) {
        this.text = new RuleText(status, title, source);
    }

    @Override
    public RuleText text() {
        return text;
    }
}
