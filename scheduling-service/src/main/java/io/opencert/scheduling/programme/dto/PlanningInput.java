package io.opencert.scheduling.programme.dto;

import io.opencert.commons.problem.InvalidInput;
import io.opencert.scheduling.rules.DueWindow;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a request planning an audit by hand must get right: half days, and a due window from today on. */
final class PlanningInput {
    /** The audit-time table's largest initial audit is 22 days (10,700 persons); more is a slip of the keyboard. */
    static final String MAX_DAYS = "30";
    private static final BigDecimal HALF_DAY = new BigDecimal("0.5");

    static void requireHalfDays(BigDecimal days) {
        if (days.remainder(HALF_DAY).signum() != 0) {
            throw new InvalidInput("days", "must be whole or half days");
        }
    }

    /** From {@code dueFrom}, today when not given, to {@code dueBy}; 400 before today or backwards. */
    static DueWindow window(LocalDate dueFrom, LocalDate dueBy, LocalDate today) {
        LocalDate from = dueFrom == null ? today : dueFrom;
        if (from.isBefore(today)) {
            throw new InvalidInput("dueFrom", "must not be before today, " + today);
        }
        if (dueBy.isBefore(from)) {
            throw new InvalidInput("dueBy", "must not be before " + (dueFrom == null ? "today, " : "dueFrom, ") + from);
        }
        return new DueWindow(from, dueBy);
    }

    private PlanningInput() {
    }
}
