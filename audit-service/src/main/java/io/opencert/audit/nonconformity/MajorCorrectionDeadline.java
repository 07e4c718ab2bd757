package io.opencert.audit.nonconformity;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.FindingGrade;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The deadline of a major nonconformity found while a certificate is valid, in a surveillance or recertification
 * audit: its correction is verified within {@code days} of the audit's last day on site, on the deadline day at the
 * latest. Missed, the certificate is no longer backed by the client's system and a suspension is to be decided
 * (MajorNonconformityOverdue). Once the deadline has passed the outcome is final: a verification after it does not
 * undo the missed deadline. Stage 2 has its own rule ({@link Stage2Repetition}); minor nonconformities and other audit
 * types have no such deadline.
 *
 * @param days the correction period, at least one day
 */
public record MajorCorrectionDeadline(int days) {
    public static final Set<AuditType> AUDIT_TYPES = Set.of(AuditType.SURVEILLANCE, AuditType.RECERTIFICATION);

    public MajorCorrectionDeadline {
        if (days < 1) {
            throw new IllegalArgumentException(
                    "the correction period of a major nonconformity is at least one day, not " + days);
        }
    }

    /**
     * The last day on which the verification of the correction counts; empty when the rule does not apply: not a
     * major nonconformity, not a surveillance or recertification audit, or an audit not completed (no last day on
     * site yet).
     */
    public Optional<LocalDate> deadline(AuditType type, FindingGrade grade, LocalDate lastDayOnSite) {
        if (grade != FindingGrade.MAJOR_NONCONFORMITY || !AUDIT_TYPES.contains(type) || lastDayOnSite == null) {
            return Optional.empty();
        }
        return Optional.of(lastDayOnSite.plusDays(days));
    }

    /**
     * True from the day after the deadline when the correction was not verified on or before it ({@code verifiedOn}
     * null while it is not verified); never when the rule does not apply.
     */
    public boolean overdue(AuditType type, FindingGrade grade, LocalDate lastDayOnSite, LocalDate verifiedOn,
                           LocalDate today) {
        return deadline(type, grade, lastDayOnSite)
                .filter(deadline -> today.isAfter(deadline))
                .filter(deadline -> verifiedOn == null || verifiedOn.isAfter(deadline))
                .isPresent();
    }

    /** The latest last day on site whose deadline has passed by {@code today}: the audits the daily check looks at. */
    public LocalDate latestLastDayOnSitePast(LocalDate today) {
        return today.minusDays(days + 1L);
    }
}
