package io.opencert.audit.nonconformity;

import io.opencert.events.model.AuditType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * The 6-month rule of an initial certification: the corrections of every major nonconformity of stage 2 are
 * verified within 6 months of the last day of stage 2, otherwise stage 2 is repeated.
 *
 * @param deadline the last day on which a verification counts
 * @param required true once a major nonconformity was verified after the deadline, or is still open after it
 */
public record Stage2Repetition(LocalDate deadline, boolean required) {
    public static final int MONTHS = 6;

    /** A major nonconformity of the audit; {@code verifiedOn} is null while it is not verified. */
    public record MajorNonconformity(LocalDate verifiedOn) {
    }

    /** Empty unless a completed stage 2 audit has major nonconformities. */
    public static Optional<Stage2Repetition> of(AuditType type, LocalDate lastDayOfStage2,
                                                Collection<MajorNonconformity> majors, LocalDate today) {
        if (type != AuditType.STAGE_2 || lastDayOfStage2 == null || majors.isEmpty()) {
            return Optional.empty();
        }
        LocalDate deadline = lastDayOfStage2.plusMonths(MONTHS);
        return Optional.of(new Stage2Repetition(deadline,
                majors.stream().anyMatch(major -> missed(deadline, major, today))));
    }

    /** Whether this major nonconformity was not verified by the deadline: verified after it, or still open after it. */
    public boolean missedBy(MajorNonconformity major, LocalDate today) {
        return missed(deadline, major, today);
    }

    /** Whether the outcome is final: the deadline has passed, so no verification can count any more. */
    public boolean decided(LocalDate today) {
        return today.isAfter(deadline);
    }

    /**
     * The latest last day of stage 2 whose deadline may have passed by {@code today}: the stage 2 audits the daily
     * check looks at (those whose deadline is still to come are left for a later day).
     */
    public static LocalDate latestLastDayOfStage2ToCheck(LocalDate today) {
        return today.minusMonths(MONTHS);
    }

    private static boolean missed(LocalDate deadline, MajorNonconformity major, LocalDate today) {
        return (major.verifiedOn() == null ? today : major.verifiedOn()).isAfter(deadline);
    }
}
