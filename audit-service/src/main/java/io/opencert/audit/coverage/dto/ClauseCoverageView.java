package io.opencert.audit.coverage.dto;

import io.opencert.audit.coverage.ClauseCoverage.Requirement;
import io.opencert.events.model.AuditType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * How far the completed audits of an audit programme (one certification cycle) have audited the requirements of
 * clauses 4 to 10 of ISO/IEC 20000-1:2018: per audit the clauses it audited, per requirement the audits that audited
 * it, and the requirements no audit of the cycle has audited yet ({@code neverAudited}, in the standard's order).
 */
public record ClauseCoverageView(UUID programmeId, UUID clientId, List<CountedAudit> audits,
                                 List<Requirement> requirements, List<String> neverAudited) {

    /** A completed audit of the programme whose evidence counts, with the clauses it audited in the standard's order. */
    public record CountedAudit(UUID auditId, AuditType type, LocalDate lastDayOnSite, List<String> clausesAudited) {
    }
}
