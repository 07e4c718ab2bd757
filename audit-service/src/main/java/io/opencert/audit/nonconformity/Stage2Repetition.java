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
        boolean required = majors.stream().anyMatch(major ->
                (major.verifiedOn() == null ? today : major.verifiedOn()).isAfter(deadline));
        return Optional.of(new Stage2Repetition(deadline, required));
    }
}
