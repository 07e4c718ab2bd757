package io.opencert.audit.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an audit report states, ready to lay out: the audit, its outcome and each finding with its evidence. A
 * report states what was found; it never advises the client how to fix anything (impartiality).
 *
 * @param outcome lines on the recommendation, the summary and the 6-month rule; empty while the audit is open
 */
public record AuditReportDocument(UUID auditId, String clientName, String type, String standards, String scope,
                                  List<String> sites, List<String> team, LocalDate startDate, LocalDate endDate,
                                  String status, List<String> outcome, List<FindingLine> findings,
                                  List<String> profile) {

    /** One finding: grade, clause with its title, site, evidence and, for a nonconformity, its workflow. */
    public record FindingLine(String grade, String clause, String site, String evidence, List<String> nonconformity) {
    }
}
