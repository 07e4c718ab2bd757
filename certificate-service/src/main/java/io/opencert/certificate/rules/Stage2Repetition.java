package io.opencert.certificate.rules;

import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.AuditType;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The 6-month rule of the initial certification (ISO/IEC 17021-1 9.5.3.2): when the corrections and corrective actions
 * of a major nonconformity of stage 2 are not verified within 6 months of its last day, another stage 2 is held before
 * certification. The decision on that stage 2 can then no longer be granted; it is refused, and the certification
 * rests on the repeated stage 2 and its own decision.
 */
public final class Stage2Repetition {
    public static final int MONTHS = 6;

    /**
     * Why a certification on this audit waits for a repeated stage 2; empty when the rule does not stand in its way.
     *
     * @param reportedDeadline the deadline audit-service reported missed (Stage2RepetitionRequired); null when none was
     * @param openMajors       the audit's major nonconformities still open: missed once the 6 months are over, even
     *                         before audit-service's daily check reports it
     */
    public static Optional<String> missed(AuditType type, LocalDate lastDayOfStage2, LocalDate reportedDeadline,
                                          int openMajors, LocalDate today) {
        if (type != AuditType.STAGE_2 || lastDayOfStage2 == null) {
            return Optional.empty();
        }
        LocalDate deadline = lastDayOfStage2.plusMonths(MONTHS);
        if (reportedDeadline != null) {
            return Optional.of("audit-service found a major nonconformity of the stage 2 that ended on "
                    + lastDayOfStage2 + " not verified by " + reportedDeadline);
        }
        if (openMajors > 0 && today.isAfter(deadline)) {
            return Optional.of(openMajors + " major nonconformity(ies) of the stage 2 that ended on " + lastDayOfStage2
                    + " still open after " + deadline);
        }
        return Optional.empty();
    }

    /** Throws the rule's {@link RuleViolation} when the certification waits for a repeated stage 2. */
    public static void requireNotMissed(AuditType type, LocalDate lastDayOfStage2, LocalDate reportedDeadline,
                                        int openMajors, LocalDate today) {
        missed(type, lastDayOfStage2, reportedDeadline, openMajors, today).ifPresent(facts -> {
            throw new RuleViolation(CertificationRule.STAGE_2_MAJOR_NOT_VERIFIED_IN_TIME,
                    "ISO/IEC 17021-1, 9.5.3.2: the corrections and corrective actions of every major nonconformity of "
                            + "stage 2 are verified within " + MONTHS + " months of its last day, otherwise another "
                            + "stage 2 is held before certification; " + facts + ". This decision can only be refused; "
                            + "scheduling-service plans the repeated stage 2, whose completion opens a decision of "
                            + "its own.");
        });
    }

    private Stage2Repetition() {
    }
}
