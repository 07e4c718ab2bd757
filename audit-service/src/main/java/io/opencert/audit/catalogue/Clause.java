package io.opencert.audit.catalogue;

import java.util.Objects;

/** A numbered clause of a standard: its number and title, never the requirement text (that is the publisher's). */
public record Clause(String number, String title) {

    public Clause {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
    }

    /** The clause this one belongs to: 8.2 for 8.2.1, 8 for 8.2; null for a main clause. */
    public String parentNumber() {
        int dot = number.lastIndexOf('.');
        return dot < 0 ? null : number.substring(0, dot);
    }
}
