package io.opencert.client.rules;

import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.RuleViolation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What is left of a certification cycle that a certificate transferred from another certification body is in (IAF MD 2:
 * the transfer continues the cycle; it does not restart it).
 *
 * <p>The cycle's dates are computed back from the transferred certificate's expiry date, the one date the client gives
 * us: expiry = original decision + 3 years - 1 day, so the original decision was on expiry + 1 day - 3 years. The first
 * surveillance is due no later than 12 months after that decision, the second no later than 24 months after it (before
 * the recertification year; "at least once each calendar year"), in calendar months (29 February + 12 months is 28
 * February). A surveillance whose window closed before the transfer date was the previous body's (a certificate that
 * missed it is suspended, and a suspended certificate is not transferred): it is not quoted. A surveillance whose
 * window is still open on the transfer date, and the recertification, are ours. scheduling-service plans the
 * transferred cycle from the same windows ({@code DueDates.transfer}). Example: expiry 2028-05-31, decision 2025-06-01,
 * surveillance 1 due by 2026-06-01, surveillance 2 by 2027-06-01; a transfer on 2026-09-15 quotes surveillance 2 and
 * the recertification.
 */
public final class TransferredCycle {
    public static final int CYCLE_YEARS = 3;
    public static final int MONTHS_BETWEEN_SURVEILLANCES = 12;
    /** The decision that started the transferred cycle. */
    public static LocalDate originalDecision(LocalDate expiry) {
        return expiry.plusDays(1).minusYears(CYCLE_YEARS);
    }

    /** The last day of surveillance {@code number} (1 or 2) of the cycle that ends with {@code expiry}. */
    public static LocalDate surveillanceDueBy(LocalDate expiry, int number) {
        if (number < 1 || number > CYCLE_YEARS - 1) {
            throw new IllegalArgumentException("a cycle has surveillance 1 and 2, not " + number);
        }
        return originalDecision(expiry).plusMonths((long) MONTHS_BETWEEN_SURVEILLANCES * number);
    }

    /** Whether surveillance {@code number} is still due on {@code transferDate}: its window closes on or after it. */
    public static boolean stillDue(LocalDate expiry, int number, LocalDate transferDate) {
        return !surveillanceDueBy(expiry, number).isBefore(transferDate);
    }

    /**
     * Refuses to issue or accept a transfer quotation made earlier when a surveillance it quotes is no longer due on
     * {@code today}: its window closed in the meantime, so the contract would sell an audit that the cycle no longer
     * has (409; a new quotation of the rest of the cycle follows).
     */
    public static void requireStillDue(LocalDate expiry, Collection<Integer> quotedSurveillances, LocalDate today) {
        requireValid(expiry, today);
        List<Integer> closed = quotedSurveillances.stream().filter(number -> !stillDue(expiry, number, today))
                .sorted().toList();
        if (!closed.isEmpty()) {
            String which = closed.stream().map(number -> "surveillance " + number + " (due by "
                    + surveillanceDueBy(expiry, number) + ")").collect(Collectors.joining(" and "));
            throw new RuleViolation(ClientRule.TRANSFER_QUOTATION_OUTDATED, "The quotation offers "
                    + which + ", whose window closed before " + today + ": it is no longer part of the rest of the "
                    + "transferred cycle. Make a new quotation for the transfer.");
        }
    }

    /** Only a valid certificate is transferred: refuses a transfer on or after the expiry date (409). */
    public static void requireValid(LocalDate expiry, LocalDate transferDate) {
        if (!transferDate.isBefore(expiry)) {
            String message = "the transferred certificate expires on " + expiry + "; only a valid certificate is "
                    + "transferred, so its cycle cannot be quoted on " + transferDate;
            throw new RuleViolation(ClientRule.TRANSFERRED_CERTIFICATE_EXPIRED, message + ". A certificate that "
                    + "expired is followed by an initial certification (or its restoration by the body that issued it).",
                    List.of(new Problem.Violation("transfer.expiry", message)));
        }
    }

    private TransferredCycle() {
    }
}
