package io.opencert.audit.catalogue;

import io.opencert.audit.Words;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.Standard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What an audit's team works through, from the audit's type and standards and, for an audit that follows up the
 * client's previous audits, their findings. Clause numbers follow ISO/IEC 20000-1:2018 also for clients certified
 * to the 2011 edition (its process groups map onto clause 8, see {@link ProcessGroup2011}).
 */
public final class ChecklistGenerator {

    /**
     * Stage 1 reviews documented information: scope, SMS, policy, objectives, documented information itself, the
     * service catalogue, service level agreements, internal audit, management review and service reporting, and
     * the training records (competence).
     */
    static final Set<String> STAGE_1_CLAUSES = Set.of(
            "4.3", "4.4", "5.2", "6.2", "7.2", "7.5", "8.2.4", "8.3.3", "9.2", "9.3", "9.4");

    private static final String ELLIPSIS = "…";

    private ChecklistGenerator() {
    }

    /**
     * The follow-up of previous findings comes first, so that the team sees what is still open before it samples
     * the clauses; then the clauses of ISO/IEC 20000-1, then the cloud scenarios.
     */
    public static List<ChecklistEntry> generate(AuditType type, Collection<Standard> standards,
                                                PreviousFindings previous) {
        List<ChecklistEntry> entries = new ArrayList<>(followUp(type, previous));
        entries.addAll(requirements(type));
        if (type == AuditType.CLOUD_EXTENSION || standards.contains(Standard.ISO_IEC_TR_20000_9_2015)) {
            Tr20000Part9.CLOUD_SCENARIOS.forEach(
                    scenario -> entries.add(ChecklistEntry.of(ChecklistSection.CLOUD_SCENARIOS, scenario)));
        }
        return List.copyOf(entries);
    }

    /**
     * Surveillance and recertification review the actions taken on the findings of the previous audit (ISO/IEC
     * 17021-1 9.6.2.2), and a repeated stage 2 those of the stage 2 it repeats: every nonconformity not verified
     * yet, whichever audit recorded it, and every finding of the latest audit but its strengths, even its verified
     * nonconformities, whose corrective action must have proved effective. The gravest first, within a grade in the
     * order given (the oldest audit first).
     */
    private static List<ChecklistEntry> followUp(AuditType type, PreviousFindings previous) {
        boolean followsUp = type == AuditType.SURVEILLANCE || type == AuditType.RECERTIFICATION
                || (type == AuditType.STAGE_2 && previous.stage2Repetition());
        if (!followsUp) {
            return List.of();
        }
        return previous.findings().stream()
                .filter(finding -> finding.open() || (finding.ofLastAudit() && finding.grade() != FindingGrade.STRENGTH))
                .sorted(Comparator.comparing(PreviousFinding::grade))
                .map(finding -> new ChecklistEntry(ChecklistSection.PREVIOUS_FINDINGS, finding.clause(), title(finding),
                        finding.findingId()))
                .toList();
    }

    /** "Minor nonconformity of the stage 2 audit of 2026-03-02: " and as much of the evidence as fits. */
    private static String title(PreviousFinding finding) {
        String grade = Words.of(finding.grade());
        String heading = Character.toUpperCase(grade.charAt(0)) + grade.substring(1) + " of the "
                + Words.of(finding.auditType()) + " audit of " + finding.auditStart() + ": ";
        String evidence = finding.evidence().strip().replaceAll("\\s+", " ");
        int room = ChecklistEntry.MAX_TITLE - heading.length();
        if (evidence.length() <= room) {
            return heading + evidence;
        }
        int cut = room - ELLIPSIS.length();
        // never between the two halves of a character outside the basic plane
        if (Character.isHighSurrogate(evidence.charAt(cut - 1))) {
            cut--;
        }
        return heading + evidence.substring(0, cut) + ELLIPSIS;
    }

    private static List<ChecklistEntry> requirements(AuditType type) {
        List<Clause> clauses = switch (type) {
            case STAGE_1 -> Iso20000Part1.LEAVES.stream()
                    .filter(clause -> STAGE_1_CLAUSES.contains(clause.number())).toList();
            // surveillance samples the same clauses; what earlier audits found comes on top (see followUp);
            // a scope extension audits every requirement for the added services and sites, as stage 2 does
            case STAGE_2, SURVEILLANCE, RECERTIFICATION, SPECIAL, CLOUD_EXTENSION, SCOPE_EXTENSION,
                 PRE_ASSESSMENT, SYSTEM_AND_RISK_REVIEW -> Iso20000Part1.LEAVES;
        };
        return clauses.stream().map(clause -> ChecklistEntry.of(ChecklistSection.SMS_REQUIREMENTS, clause)).toList();
    }
}
