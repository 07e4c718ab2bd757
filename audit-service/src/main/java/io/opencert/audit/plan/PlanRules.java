package io.opencert.audit.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What makes an audit plan workable: every slot within the audit's days, ending after it starts, assigned to a
 * member of the team at one of the audit's sites (or remote, without a site), and no auditor in two places at once.
 */
public final class PlanRules {

    /** A rejected slot: its index in the plan, the field and why. */
    public record Violation(int index, String field, String message) {
    }

    /** The audit the plan is for, as far as the rules need it; {@code lastDay} is null when it is not known. */
    public record AuditFacts(LocalDate firstDay, LocalDate lastDay, Collection<String> team, Collection<UUID> sites) {
    }

    public static List<Violation> check(AuditFacts audit, List<PlanEntry> entries) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            PlanEntry entry = entries.get(i);
            if (entry.day().isBefore(audit.firstDay()) || audit.lastDay() != null && entry.day().isAfter(audit.lastDay())) {
                violations.add(new Violation(i, "day", "must be a day of the audit, " + audit.firstDay()
                        + (audit.lastDay() == null ? " or later" : " to " + audit.lastDay())));
            }
            if (!entry.endsAt().isAfter(entry.startsAt())) {
                violations.add(new Violation(i, "endsAt", "must be after startsAt"));
            }
            if (!audit.team().contains(entry.auditor())) {
                violations.add(new Violation(i, "auditor", "is not on the audit team"));
            }
            if (entry.siteId() != null && !audit.sites().contains(entry.siteId())) {
                violations.add(new Violation(i, "siteId", "is not a site of this audit"));
            }
            for (int j = 0; j < i; j++) {
                if (overlap(entries.get(j), entry)) {
                    violations.add(new Violation(i, "startsAt", "overlaps slot " + j + " of the same auditor"));
                    break;
                }
            }
        }
        return violations;
    }

    private static boolean overlap(PlanEntry a, PlanEntry b) {
        return a.auditor().equals(b.auditor()) && a.day().equals(b.day())
                && a.startsAt().isBefore(b.endsAt()) && b.startsAt().isBefore(a.endsAt());
    }

    private PlanRules() {
    }
}
