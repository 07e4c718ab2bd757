package io.opencert.scheduling.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * When each audit of a certification cycle is due (ISO/IEC 17021-1 9.1.2, 9.6.2 and 9.6.3).
 * Months are calendar months; a day that the target month lacks falls back to its last day,
 * so 29 February 2028 + 12 months is 28 February 2029 and never slips into March.
 */
public final class DueDates {
    private static final int CYCLE_YEARS = 3;
    private static final int STAGE_1_MONTHS = 3;
    private static final int STAGE_2_MONTHS = 6;
    /**
     * A surveillance window is 3 months long and closes a whole number of years after the decision, shortened where it
     * spans a New Year ({@link #surveillances}).
     */
    private static final int SURVEILLANCE_WINDOW_MONTHS = 3;
    /** Recertification closes 3 months before expiry so that the certification decision can follow in time. */
    private static final int RECERTIFICATION_OPENS_MONTHS_BEFORE_EXPIRY = 6;
    private static final int RECERTIFICATION_CLOSES_MONTHS_BEFORE_EXPIRY = 3;
    private static final int CLOUD_EXTENSION_MONTHS = 6;

    /** Stage 1 within 3 months of the contract's signature. */
    public static DueWindow stage1(LocalDate signed) {
        return new DueWindow(signed, signed.plusMonths(STAGE_1_MONTHS));
    }

    /** A stage 1 that found the client not ready is repeated within 3 months of its last day on site. */
    public static DueWindow repeatedStage1(LocalDate notReadyOn) {
        return new DueWindow(notReadyOn.plusDays(1), notReadyOn.plusMonths(STAGE_1_MONTHS));
    }

    /**
     * A stage 2 is repeated within 3 months of the day the 6-month rule found a major nonconformity of it not verified
     * in time: the certification waits for it.
     */
    public static DueWindow repeatedStage2(LocalDate required) {
        return new DueWindow(required, required.plusMonths(STAGE_1_MONTHS));
    }

    /**
     * Stage 2 within 6 months of the contract's signature, as planned with the contract; once stage 1 has found the
     * client ready, from the day after it ({@link StageOrder#stage2Window}).
     */
    public static DueWindow stage2(LocalDate signed) {
        return new DueWindow(signed, signed.plusMonths(STAGE_2_MONTHS));
    }

    /** The first surveillance is completed no later than 12 months after the initial certification decision. */
    public static DueWindow firstSurveillance(LocalDate decision) {
        return surveillances(decision).getFirst();
    }

    /** The second surveillance closes 24 months after the decision at the latest: before the recertification year. */
    public static DueWindow secondSurveillance(LocalDate decision) {
        return surveillances(decision).getLast();
    }

    /**
     * The cycle's two surveillance windows, each 3 months long and closing 12 and 24 months after the decision, so
     * that each calendar year that needs a surveillance ({@link SurveillanceYears}) has a window inside it. After a
     * decision in April to December both windows lie in one year each, the two years after the decision. After a
     * decision in January to March both span a New Year, and only the year after the decision needs a surveillance
     * (the next one is the recertification year): held before the first New Year and after the second, the two would
     * leave that year without one. So the window with more days in that year is kept inside it (the first from
     * 1 January, or the second up to 31 December) and the other keeps its 3 months.
     */
    public static List<DueWindow> surveillances(LocalDate decision) {
        DueWindow first = surveillanceClosingAfter(decision, 12);
        DueWindow second = surveillanceClosingAfter(decision, 24);
        if (first.from().getYear() == first.by().getYear()) {
            return List.of(first, second);
        }
        int year = first.by().getYear();
        DueWindow firstInYear = new DueWindow(LocalDate.of(year, 1, 1), first.by());
        DueWindow secondInYear = new DueWindow(second.from(), LocalDate.of(year, 12, 31));
        return days(firstInYear) >= days(secondInYear)
                ? List.of(firstInYear, second)
                : List.of(first, secondInYear);
    }

    private static long days(DueWindow window) {
        return window.by().toEpochDay() - window.from().toEpochDay() + 1;
    }

    /** The recertification audit and its decision are completed before the certificate expires. */
    public static DueWindow recertification(LocalDate expiry) {
        return new DueWindow(expiry.minusMonths(RECERTIFICATION_OPENS_MONTHS_BEFORE_EXPIRY),
                expiry.minusMonths(RECERTIFICATION_CLOSES_MONTHS_BEFORE_EXPIRY));
    }

    /** What is left to plan of a certification cycle: its surveillance audits and the recertification. */
    public record RestOfCycle(List<DueWindow> surveillances, DueWindow recertification) {
    }

    /**
     * The rest of a cycle that a certificate transferred from another body is in. The cycle is the transferred one:
     * its decision date follows from the expiry (expiry = decision + 3 years - 1 day), and its windows are the ones
     * the previous body had. A surveillance whose window closed before the transfer was the previous body's; one
     * whose window is open at the transfer opens on the transfer date. The recertification is always planned, and
     * when the transfer comes after its window closed it is due from the transfer until the day before expiry.
     */
    public static RestOfCycle transfer(LocalDate transferDate, LocalDate expiry) {
        if (!transferDate.isBefore(expiry)) {
            throw new IllegalArgumentException("a certificate that expired on " + expiry
                    + " cannot be transferred on " + transferDate);
        }
        LocalDate decision = expiry.plusDays(1).minusYears(CYCLE_YEARS);
        List<DueWindow> surveillances = surveillances(decision).stream()
                .filter(window -> !window.by().isBefore(transferDate))
                .map(window -> fromTransfer(window, transferDate))
                .toList();
        DueWindow recertification = recertification(expiry);
        return new RestOfCycle(surveillances, recertification.by().isBefore(transferDate)
                ? new DueWindow(transferDate, expiry.minusDays(1))
                : fromTransfer(recertification, transferDate));
    }

    /**
     * A cloud extension audit (ISO/IEC TR 20000-9 on top of a certified 20000-1) is due within 6 months of the
     * contract's signature, and closes when the recertification window opens at the latest: the cloud certificate
     * falls with the base one, so from then on the cloud scope is best audited with the recertification. A contract
     * signed once that window is open shares it.
     */
    public static DueWindow cloudExtension(LocalDate signed, DueWindow recertification) {
        LocalDate by = signed.plusMonths(CLOUD_EXTENSION_MONTHS);
        if (recertification.from().isBefore(by)) {
            by = recertification.from();
        }
        if (by.isAfter(signed)) {
            return new DueWindow(signed, by);
        }
        return new DueWindow(signed, recertification.by().isAfter(signed) ? recertification.by() : signed);
    }

    private static DueWindow fromTransfer(DueWindow window, LocalDate transferDate) {
        return window.from().isBefore(transferDate) ? new DueWindow(transferDate, window.by()) : window;
    }

    private static DueWindow surveillanceClosingAfter(LocalDate decision, int months) {
        // Both ends count from the decision itself: counting back from an end clamped to 28 February would drift.
        return new DueWindow(decision.plusMonths(months - SURVEILLANCE_WINDOW_MONTHS), decision.plusMonths(months));
    }

    private DueDates() {
    }
}
