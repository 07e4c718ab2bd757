package io.opencert.audit.checklist;

import io.opencert.audit.catalogue.ChecklistSection;
import io.opencert.events.model.AuditType;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which requirements of ISO/IEC 20000-1:2018 (clauses 4 to 10, the checklist's section SMS_REQUIREMENTS) an audit
 * must have audited. The standard allows no exclusions there, so a stage 2 audit, a recertification audit and a scope
 * extension audit (which assesses the extended scope as stage 2 does) audit every one of them: none may be answered
 * NOT_APPLICABLE or NOT_AUDITED. Surveillance audits sample (every clause seen over the cycle, see
 * {@link #audited(ChecklistAnswer)}); special audits look at what they were called for; a cloud extension audit adds
 * the cloud scenarios of TR 20000-9 to a certified system and samples its 20000-1 clauses like a surveillance.
 */
public final class EvidenceCoverage {
    /** The answers that say the team audited a requirement: it found it conforming or nonconforming. */
    public static final Set<ChecklistAnswer> AUDITED = Set.of(ChecklistAnswer.CONFORMING, ChecklistAnswer.NONCONFORMING);

    /** One answered (or unanswered) line of an audit's checklist. */
    public record ClauseAnswer(ChecklistSection section, String clause, ChecklistAnswer answer) {
    }

    private EvidenceCoverage() {
    }

    /** True for the audit types that must audit every requirement of clauses 4 to 10. */
    public static boolean requiresEveryClause(AuditType type) {
        return type == AuditType.STAGE_2 || type == AuditType.RECERTIFICATION || type == AuditType.SCOPE_EXTENSION;
    }

    /** True when the answer says the team audited the requirement: it found it conforming or nonconforming. */
    public static boolean audited(ChecklistAnswer answer) {
        return answer != null && AUDITED.contains(answer);
    }

    /**
     * The clauses of 20000-1 the audit left unaudited although its type must audit them all, in checklist order, each
     * once; empty for audit types that may sample.
     */
    public static List<String> clausesNotAudited(AuditType type, Collection<ClauseAnswer> checklist) {
        if (!requiresEveryClause(type)) {
            return List.of();
        }
        Set<String> missing = new LinkedHashSet<>();
        checklist.stream()
                .filter(line -> line.section() == ChecklistSection.SMS_REQUIREMENTS && !audited(line.answer()))
                .forEach(line -> missing.add(line.clause()));
        return List.copyOf(missing);
    }
}
