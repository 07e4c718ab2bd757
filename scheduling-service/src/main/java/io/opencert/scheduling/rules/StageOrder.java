package io.opencert.scheduling.rules;

import io.opencert.events.model.Recommendation;

import java.time.LocalDate;
import java.util.Optional;

import static io.opencert.scheduling.rules.ProgrammeRule.CLIENT_NOT_READY_FOR_STAGE_2;
import static io.opencert.scheduling.rules.ProgrammeRule.STAGE_1_NOT_COMPLETED;
import static io.opencert.scheduling.rules.ProgrammeRule.STAGE_1_TOO_LONG_AGO;

/**
 * Stage 2 follows a stage 1 that found the client ready for it (ISO/IEC 17021-1 9.3.1.2 and 9.3.1.3), and within a
 * set time of it, 6 months by default: the documentation and readiness that stage 1 reviewed must still hold. Later,
 * stage 1 is repeated before stage 2.
 * <p>
 * What a stage 1 recommends decides whether the client is ready: {@link Recommendation#CONTINUE} (go on to stage 2)
 * and {@link Recommendation#CERTIFY} (nothing stands in the way) are ready;
 * {@link Recommendation#CERTIFY_AFTER_NONCONFORMITY_CLOSURE} (something must be put right first),
 * {@link Recommendation#SUSPEND} and {@link Recommendation#REFUSE} are not, and neither is a stage 1 that left a
 * major nonconformity open. A stage 1 that finds the client not ready is repeated: stage 2 follows the repetition.
 */
public final class StageOrder {

    /**
     * The programme's latest completed stage 1.
     *
     * @param notReadyBecause why the client is not ready for stage 2; null when it is
     */
    public record Stage1(LocalDate lastDayOnSite, Recommendation recommendation, String notReadyBecause) {
        public boolean ready() {
            return notReadyBecause == null;
        }
    }

    /** Why a stage 1 with this outcome leaves the client not ready for stage 2; empty when it is ready. */
    public static Optional<String> notReadyBecause(Recommendation recommendation, int openMajorNonconformities) {
        if (recommendation != Recommendation.CONTINUE && recommendation != Recommendation.CERTIFY) {
            return Optional.of("stage 1 recommended " + recommendation
                    + (openMajorNonconformities > 0 ? " with " + openMajorNonconformities
                    + " major nonconformity(ies) open" : ""));
        }
        if (openMajorNonconformities > 0) {
            return Optional.of("stage 1 left " + openMajorNonconformities + " major nonconformity(ies) open");
        }
        return Optional.empty();
    }

    /** Stage 2 is due from the day after a ready stage 1 until {@code withinMonths} after its last day on site. */
    public static DueWindow stage2Window(LocalDate stage1LastDay, int withinMonths) {
        return new DueWindow(stage1LastDay.plusDays(1), stage1LastDay.plusMonths(withinMonths));
    }

    /**
     * Whether a stage 2 may take place from {@code start} to {@code end}.
     *
     * @param latest the latest completed stage 1, empty when none is
     */
    public static Optional<Refusal> checkStage2(Optional<Stage1> latest, LocalDate start, LocalDate end,
                                                int withinMonths) {
        if (latest.isEmpty()) {
            return refuse(STAGE_1_NOT_COMPLETED, "Stage 2 can be booked once stage 1 is completed and has "
                    + "found the client ready for it.");
        }
        Stage1 stage1 = latest.get();
        if (!stage1.ready()) {
            return refuse(CLIENT_NOT_READY_FOR_STAGE_2, "The stage 1 that ended on " + stage1.lastDayOnSite()
                    + " found the client not ready for stage 2 (" + stage1.notReadyBecause() + "); stage 1 is "
                    + "repeated, and stage 2 can be booked once the repetition finds the client ready.");
        }
        if (!start.isAfter(stage1.lastDayOnSite())) {
            return refuse(STAGE_1_NOT_COMPLETED, "Stage 1 ended on " + stage1.lastDayOnSite()
                    + "; stage 2 starts after it, on " + stage1.lastDayOnSite().plusDays(1) + " at the earliest.");
        }
        LocalDate latestEnd = stage1.lastDayOnSite().plusMonths(withinMonths);
        if (end.isAfter(latestEnd)) {
            return refuse(STAGE_1_TOO_LONG_AGO, "Stage 1 ended on " + stage1.lastDayOnSite() + "; stage 2 has "
                    + "to be completed within " + withinMonths + " months of it, by " + latestEnd + ", and would end "
                    + "on " + end + ". Book it by then, or plan stage 1 again (a special audit "
                    + "REPEATED_STAGE_1); stage 2 follows the repetition.");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(ProgrammeRule rule, String detail) {
        return Optional.of(new Refusal(rule, detail));
    }

    private StageOrder() {
    }
}
