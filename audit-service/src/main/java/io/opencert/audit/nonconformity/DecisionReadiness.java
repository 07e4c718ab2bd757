package io.opencert.audit.nonconformity;

import io.opencert.events.model.FindingGrade;

import java.util.Collection;

/**
 * When an audit's nonconformities no longer stand in the way of the certification decision (ISO/IEC 17021-1 9.4.9,
 * 9.5.1.2): a major one once its correction and corrective action are verified; a minor one once the team accepted the
 * client's correction and corrective-action plan, whose verification may follow at the next audit.
 */
public final class DecisionReadiness {

    /** A nonconformity of the audit as it stands. */
    public record Nonconformity(FindingGrade grade, NonconformityStatus status) {
    }

    private DecisionReadiness() {
    }

    /** True when the nonconformity no longer holds up the decision; false for a finding that is no nonconformity. */
    public static boolean settled(FindingGrade grade, NonconformityStatus status) {
        return switch (grade) {
            case MAJOR_NONCONFORMITY -> status == NonconformityStatus.VERIFIED;
            case MINOR_NONCONFORMITY -> status == NonconformityStatus.ACCEPTED || status == NonconformityStatus.VERIFIED;
            case OBSERVATION, OPPORTUNITY_FOR_IMPROVEMENT, STRENGTH -> false;
        };
    }

    /** True when no nonconformity of the audit holds up the decision any more (also when it has none). */
    public static boolean allSettled(Collection<Nonconformity> nonconformities) {
        return nonconformities.stream().allMatch(nc -> settled(nc.grade(), nc.status()));
    }
}
