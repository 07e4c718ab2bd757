package io.opencert.audit.catalogue;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What an audit's team works through, from the audit's type and standards. Clause numbers follow ISO/IEC
 * 20000-1:2018 also for clients certified to the 2011 edition (its process groups map onto clause 8, see
 * {@link ProcessGroup2011}).
 */
public final class ChecklistGenerator {

    /**
     * Stage 1 reviews documented information: scope, SMS, policy, objectives, documented information itself, the
     * service catalogue, service level agreements, internal audit, management review and service reporting, and
     * the training records (competence).
     */
    static final Set<String> STAGE_1_CLAUSES = Set.of(
            "4.3", "4.4", "5.2", "6.2", "7.2", "7.5", "8.2.4", "8.3.3", "9.2", "9.3", "9.4");

    private ChecklistGenerator() {
    }

    public static List<ChecklistEntry> generate(AuditType type, Collection<Standard> standards) {
        List<ChecklistEntry> entries = new ArrayList<>(requirements(type));
        if (type == AuditType.CLOUD_EXTENSION || standards.contains(Standard.ISO_IEC_TR_20000_9_2015)) {
            Tr20000Part9.CLOUD_SCENARIOS.forEach(
                    scenario -> entries.add(ChecklistEntry.of(ChecklistSection.CLOUD_SCENARIOS, scenario)));
        }
        return List.copyOf(entries);
    }

    private static List<ChecklistEntry> requirements(AuditType type) {
        List<Clause> clauses = switch (type) {
            case STAGE_1 -> Iso20000Part1.LEAVES.stream()
                    .filter(clause -> STAGE_1_CLAUSES.contains(clause.number())).toList();
            // Surveillance covers every clause as well; flagging the clauses with findings of the previous audit of
            // the programme (carried forward) is a later step that will decorate this list, not replace it.
            case SURVEILLANCE,
                 STAGE_2, RECERTIFICATION, SPECIAL, CLOUD_EXTENSION,
                 PRE_ASSESSMENT, SYSTEM_AND_RISK_REVIEW -> Iso20000Part1.LEAVES;
        };
        return clauses.stream().map(clause -> ChecklistEntry.of(ChecklistSection.SMS_REQUIREMENTS, clause)).toList();
    }
}
