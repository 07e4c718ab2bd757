package io.opencert.scheduling.rules;

import java.time.LocalDate;

/**
 * When each audit of a certification cycle is due (ISO/IEC 17021-1 9.1.2, 9.6.2 and 9.6.3).
 * Months are calendar months; a day that the target month lacks falls back to its last day,
 * so 29 February 2028 + 12 months is 28 February 2029 and never slips into March.
 */
public final class DueDates {
    private static final int STAGE_1_MONTHS = 3;
    private static final int STAGE_2_MONTHS = 6;
    /** A surveillance window is 3 months long and closes a whole number of years after the decision. */
    private static final int SURVEILLANCE_WINDOW_MONTHS = 3;
    /** Recertification closes 3 months before expiry so that the certification decision can follow in time. */
    private static final int RECERTIFICATION_OPENS_MONTHS_BEFORE_EXPIRY = 6;
    private static final int RECERTIFICATION_CLOSES_MONTHS_BEFORE_EXPIRY = 3;

    /** Stage 1 within 3 months of the contract's signature. */
    public static DueWindow stage1(LocalDate signed) {
        return new DueWindow(signed, signed.plusMonths(STAGE_1_MONTHS));
    }

    /** Stage 2 within 6 months of the contract's signature. */
    public static DueWindow stage2(LocalDate signed) {
        return new DueWindow(signed, signed.plusMonths(STAGE_2_MONTHS));
    }

    /** The first surveillance is completed no later than 12 months after the initial certification decision. */
    public static DueWindow firstSurveillance(LocalDate decision) {
        return surveillanceClosingAfter(decision, 12);
    }

    /**
     * The second surveillance opens a year after the first, so it falls in the calendar year after the first one,
     * and closes 24 months after the decision: before the recertification year.
     */
    public static DueWindow secondSurveillance(LocalDate decision) {
        return surveillanceClosingAfter(decision, 24);
    }

    /** The recertification audit and its decision are completed before the certificate expires. */
    public static DueWindow recertification(LocalDate expiry) {
        return new DueWindow(expiry.minusMonths(RECERTIFICATION_OPENS_MONTHS_BEFORE_EXPIRY),
                expiry.minusMonths(RECERTIFICATION_CLOSES_MONTHS_BEFORE_EXPIRY));
    }

    private static DueWindow surveillanceClosingAfter(LocalDate decision, int months) {
        // Both ends count from the decision itself: counting back from an end clamped to 28 February would drift.
        return new DueWindow(decision.plusMonths(months - SURVEILLANCE_WINDOW_MONTHS), decision.plusMonths(months));
    }

    private DueDates() {
    }
}
