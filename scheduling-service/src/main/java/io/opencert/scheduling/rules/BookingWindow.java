package io.opencert.scheduling.rules;

import io.opencert.events.model.AuditType;

import java.time.LocalDate;
import java.util.Optional;

import static io.opencert.scheduling.rules.ProgrammeRule.AUDIT_DATE_PASSED;
import static io.opencert.scheduling.rules.ProgrammeRule.OUTSIDE_DUE_WINDOW;
import static io.opencert.scheduling.rules.ProgrammeRule.RECERTIFICATION_TOO_EARLY;

/**
 * When an audit of the programme may be booked (ISO/IEC 17021-1 9.1.3: the programme says when each audit is due).
 * <ul>
 *   <li>Never in the past: an audit starts today at the earliest ({@code audit-date-passed}).</li>
 *   <li>A recertification starts no earlier than its due window opens ({@code recertification-too-early}), whatever
 *   the justification: the recertification decision opens the next 3-year cycle, so a recertification held before its
 *   window (6 months before expiry) would restart the cycle early and cut the current one short.</li>
 *   <li>Every audit takes place inside its due window, first to last day ({@code outside-due-window}), unless staff
 *   record why they deviate from the programme: the deviation is kept with the booking, with who recorded it.</li>
 * </ul>
 */
public final class BookingWindow {

    /** An audit starts today at the earliest. */
    public static Optional<Refusal> notInThePast(LocalDate start, LocalDate today) {
        return start.isBefore(today)
                ? refuse(AUDIT_DATE_PASSED, "The audit cannot start on " + start + ", which has passed; book it "
                + "from " + today + " on.")
                : Optional.empty();
    }

    /**
     * Whether an audit of {@code type}, due in {@code window}, may take place from {@code start} to {@code end}.
     *
     * @param deviationRecorded staff recorded why the audit deviates from its window
     */
    public static Optional<Refusal> check(AuditType type, DueWindow window, LocalDate start, LocalDate end,
                                          boolean deviationRecorded) {
        if (type == AuditType.RECERTIFICATION && start.isBefore(window.from())) {
            return refuse(RECERTIFICATION_TOO_EARLY, "The recertification's window opens on " + window.from()
                    + "; held from " + start + " its decision would restart the certification cycle early. Book it "
                    + "from " + window.from() + " on.");
        }
        if (outside(window, start, end) && !deviationRecorded) {
            return refuse(OUTSIDE_DUE_WINDOW, "The audit is due from " + window.from() + " to " + window.by()
                    + " and would take place from " + start + " to " + end + "; book it inside its window, or record "
                    + "why it deviates from the programme (deviation).");
        }
        return Optional.empty();
    }

    /** Whether any day of the audit falls outside its window. */
    public static boolean outside(DueWindow window, LocalDate start, LocalDate end) {
        return start.isBefore(window.from()) || end.isAfter(window.by());
    }

    private static Optional<Refusal> refuse(ProgrammeRule rule, String detail) {
        return Optional.of(new Refusal(rule, detail));
    }

    private BookingWindow() {
    }
}
