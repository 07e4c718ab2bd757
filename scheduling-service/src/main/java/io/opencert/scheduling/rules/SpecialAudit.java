package io.opencert.scheduling.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static io.opencert.scheduling.rules.ProgrammeRule.CERTIFICATE_SUSPENDED;
import static io.opencert.scheduling.rules.ProgrammeRule.NOT_AN_INITIAL_CERTIFICATION;
import static io.opencert.scheduling.rules.ProgrammeRule.PRE_ASSESSMENT_ALREADY_PLANNED;
import static io.opencert.scheduling.rules.ProgrammeRule.PROGRAMME_ENDED;
import static io.opencert.scheduling.rules.ProgrammeRule.PROGRAMME_NOT_CERTIFIED;
import static io.opencert.scheduling.rules.ProgrammeRule.SPECIAL_AUDIT_DUE_AFTER_RECERTIFICATION;
import static io.opencert.scheduling.rules.ProgrammeRule.STAGE_1_ALREADY_COMPLETED;
import static io.opencert.scheduling.rules.ProgrammeRule.STAGE_1_NOT_COMPLETED;
import static io.opencert.scheduling.rules.ProgrammeRule.STAGE_1_STILL_DUE;
import static io.opencert.scheduling.rules.ProgrammeRule.STAGE_2_ALREADY_HELD;
import static io.opencert.scheduling.rules.ProgrammeRule.STAGE_2_NOT_HELD;
import static io.opencert.scheduling.rules.ProgrammeRule.STAGE_2_STILL_DUE;

/**
 * When staff may plan a {@link SpecialAuditKind special audit} in a programme:
 * <ul>
 * <li>a short-notice audit (ISO/IEC 17021-1 9.6.4.2) of a certified or suspended client, an extra surveillance
 * (9.6.2) of a certified one, both due before the recertification closes;</li>
 * <li>a repeated stage 1 (9.3.1.2, 9.3.1.3) in an initial certification whose stage 1 was completed and whose stage 2
 * was not held; a repeated stage 2 (9.5.3.2: majors not verified within 6 months of stage 2) once stage 2 was held and
 * before the certificate;</li>
 * <li>a pre-assessment or a system and risk review only before stage 1 is completed, one of each: the body does not
 * consult (5.2.5), and repeated reviews of the client's system would become the advice it must not give.</li>
 * </ul>
 */
public final class SpecialAudit {

    /**
     * The programme as these rules see it.
     *
     * @param initialCertification stage 1 and stage 2 are planned in it (not a transfer, not a recertification cycle)
     * @param stillPlanned         the kinds of special audit planned in it and neither completed nor cancelled
     * @param recertificationDueBy the end of the recertification's due window; null when none is planned
     */
    public record Cycle(CycleStatus status, boolean initialCertification, boolean stage1Completed,
                        boolean stage1StillDue, boolean stage2Held, boolean stage2StillDue,
                        Set<SpecialAuditKind> stillPlanned, LocalDate recertificationDueBy) {
    }

    /** The first rule that refuses the special audit due in {@code window}; empty when none does. */
    public static Optional<Refusal> check(Cycle cycle, SpecialAuditKind kind, DueWindow window) {
        return switch (kind) {
            case SHORT_NOTICE, EXTRA_SURVEILLANCE -> checkOfCertificate(cycle, kind, window);
            case REPEATED_STAGE_1 -> checkInitial(cycle).or(() -> checkRepeatedStage1(cycle));
            case REPEATED_STAGE_2 -> checkInitial(cycle).or(() -> checkRepeatedStage2(cycle));
            case PRE_ASSESSMENT, SYSTEM_AND_RISK_REVIEW -> checkInitial(cycle).or(() -> checkBeforeStage1(cycle, kind));
        };
    }

    private static Optional<Refusal> checkOfCertificate(Cycle cycle, SpecialAuditKind kind, DueWindow window) {
        Optional<Refusal> status = switch (cycle.status()) {
            case AWAITING_CERTIFICATE -> refuse(PROGRAMME_NOT_CERTIFIED, "The programme has no certificate yet; "
                    + "the " + words(kind) + " audits a certified client (before the certificate, plan a repeated "
                    + "stage 1 or stage 2).");
            case RENEWED, WITHDRAWN, EXPIRED -> refuse(PROGRAMME_ENDED, "The programme's cycle has ended ("
                    + cycle.status() + "); plan the " + words(kind) + " in the programme of the live certificate.");
            // a suspended client is followed up at short notice; its missed surveillance lifts the suspension
            case SUSPENDED -> kind == SpecialAuditKind.SHORT_NOTICE ? Optional.empty()
                    : refuse(CERTIFICATE_SUSPENDED, "The certificate is suspended; follow the client up with a "
                    + "short-notice audit, or hold the surveillance whose missing suspended it.");
            case CERTIFIED -> Optional.empty();
        };
        LocalDate by = cycle.recertificationDueBy();
        if (status.isEmpty() && by != null && window.by().isAfter(by)) {
            return refuse(SPECIAL_AUDIT_DUE_AFTER_RECERTIFICATION, "The " + words(kind) + " would be due by "
                    + window.by() + ", after the recertification closes on " + by + "; plan it by then.");
        }
        return status;
    }

    private static Optional<Refusal> checkInitial(Cycle cycle) {
        if (cycle.status() != CycleStatus.AWAITING_CERTIFICATE || !cycle.initialCertification()) {
            return refuse(NOT_AN_INITIAL_CERTIFICATION, "The programme is not an initial certification awaiting its "
                    + "certificate (" + cycle.status() + (cycle.initialCertification() ? "" : ", no stage 1 and stage 2 "
                    + "planned in it") + "); stages are repeated, and a pre-assessment booked, only before the "
                    + "initial certificate.");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> checkRepeatedStage1(Cycle cycle) {
        if (!cycle.stage1Completed()) {
            return refuse(STAGE_1_NOT_COMPLETED, "No stage 1 is completed yet; book the planned one.");
        }
        if (cycle.stage1StillDue()) {
            return refuse(STAGE_1_STILL_DUE, "A stage 1 is planned and not completed yet; book that one.");
        }
        if (cycle.stage2Held()) {
            return refuse(STAGE_2_ALREADY_HELD, "Stage 2 has been held; plan a repeated stage 2 instead.");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> checkRepeatedStage2(Cycle cycle) {
        if (!cycle.stage2Held()) {
            return refuse(STAGE_2_NOT_HELD, "No stage 2 has been held yet; book the planned one.");
        }
        if (cycle.stage2StillDue()) {
            return refuse(STAGE_2_STILL_DUE, "A stage 2 is planned and not completed yet; book that one.");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> checkBeforeStage1(Cycle cycle, SpecialAuditKind kind) {
        if (cycle.stage1Completed()) {
            return refuse(STAGE_1_ALREADY_COMPLETED, "Stage 1 is completed; the " + words(kind) + " takes place "
                    + "before it, and never counts as stage 1.");
        }
        if (cycle.stillPlanned().contains(kind)) {
            return refuse(PRE_ASSESSMENT_ALREADY_PLANNED, "The " + words(kind) + " is planned already; the body "
                    + "reviews the client's system once before stage 1, it does not coach it towards certification.");
        }
        return Optional.empty();
    }

    private static String words(SpecialAuditKind kind) {
        return switch (kind) {
            case SHORT_NOTICE -> "short-notice audit";
            case EXTRA_SURVEILLANCE -> "surveillance besides the yearly ones";
            case REPEATED_STAGE_1 -> "repeated stage 1";
            case REPEATED_STAGE_2 -> "repeated stage 2";
            case PRE_ASSESSMENT -> "pre-assessment";
            case SYSTEM_AND_RISK_REVIEW -> "system and risk review";
        };
    }

    private static Optional<Refusal> refuse(ProgrammeRule rule, String detail) {
        return Optional.of(new Refusal(rule, detail));
    }

    private SpecialAudit() {
    }
}
