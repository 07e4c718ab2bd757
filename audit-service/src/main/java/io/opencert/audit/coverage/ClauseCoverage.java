package io.opencert.audit.coverage;

import io.opencert.audit.catalogue.Clause;
import io.opencert.events.model.AuditType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which requirements of ISO/IEC 20000-1:2018 (clauses 4 to 10) the completed audits of one audit programme, that is
 * one certification cycle, have audited. Surveillance audits sample, but over the cycle every requirement is seen;
 * the recertification audit then audits them all (see {@link io.opencert.audit.checklist.EvidenceCoverage}). Only
 * audits that assess the implemented system count: stage 1 reviews documents, a pre-assessment or system and risk
 * review certifies nothing.
 */
public final class ClauseCoverage {

    /** The clauses one completed audit audited (answered CONFORMING or NONCONFORMING). */
    public record AuditedClauses(UUID auditId, AuditType type, LocalDate lastDayOnSite, Set<String> clauses) {
        public AuditedClauses {
            clauses = Set.copyOf(clauses);
        }
    }

    /**
     * One requirement and the audits of the cycle that audited it, the earliest first.
     *
     * @param lastAuditedOn the last day on site of the latest of them; null when none did
     */
    public record Requirement(String clause, String title, List<UUID> auditedIn, LocalDate lastAuditedOn) {
    }

    /** Every requirement in the standard's order, and those no audit of the cycle has audited. */
    public record Coverage(List<Requirement> requirements, List<String> neverAudited) {
    }

    private ClauseCoverage() {
    }

    /** True for the audit types whose evidence counts towards the cycle's coverage. */
    public static boolean counts(AuditType type) {
        return switch (type) {
            case STAGE_2, SURVEILLANCE, RECERTIFICATION, SPECIAL, SCOPE_EXTENSION, CLOUD_EXTENSION -> true;
            case STAGE_1, PRE_ASSESSMENT, SYSTEM_AND_RISK_REVIEW -> false;
        };
    }

    /** The coverage of these requirements by the audits (those that do not count are left out). */
    public static Coverage of(List<Clause> requirements, Collection<AuditedClauses> audits) {
        List<AuditedClauses> counted = audits.stream().filter(audit -> counts(audit.type()))
                .sorted(Comparator.comparing(AuditedClauses::lastDayOnSite).thenComparing(AuditedClauses::auditId))
                .toList();
        List<Requirement> covered = requirements.stream().map(clause -> {
            List<AuditedClauses> by = counted.stream().filter(audit -> audit.clauses().contains(clause.number())).toList();
            return new Requirement(clause.number(), clause.title(), by.stream().map(AuditedClauses::auditId).toList(),
                    by.isEmpty() ? null : by.getLast().lastDayOnSite());
        }).toList();
        return new Coverage(covered, covered.stream().filter(requirement -> requirement.auditedIn().isEmpty())
                .map(Requirement::clause).toList());
    }
}
