package io.opencert.scheduling.web;

import io.opencert.commons.problem.InvalidInput;

import java.util.function.Function;

/**
 * Reads a query parameter as text and converts it here: a value JAX-RS cannot convert would otherwise answer 404,
 * and a caller deserves a 400 naming the parameter.
 */
public final class QueryParameter {

    /** Null when absent or blank; a 400 for {@code name} saying what was {@code expected} when unreadable. */
    public static <T> T parse(String name, String value, Function<String, T> parser, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException e) {
            throw new InvalidInput(name, "must be " + expected);
        }
    }

    private QueryParameter() {
    }
}
