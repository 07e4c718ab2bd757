package io.opencert.scheduling.rules;

import java.time.LocalDate;

/** The dates between which an audit of the programme has to take place, both inclusive. */
public record DueWindow(LocalDate from, LocalDate by) {
    public DueWindow {
        if (by.isBefore(from)) {
            throw new IllegalArgumentException("due window ends (" + by + ") before it opens (" + from + ")");
        }
    }
}
