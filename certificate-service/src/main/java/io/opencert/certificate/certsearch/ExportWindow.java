package io.opencert.certificate.certsearch;

import io.opencert.commons.problem.InvalidInput;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The changes an export covers: from {@code since} (inclusive) to {@code before} (exclusive). A day given as a date
 * starts at midnight UTC, the platform's day.
 */
public record ExportWindow(Instant since, Instant before) {
    static final String MOMENT = "must be a date (2026-03-14) or an instant (2026-03-14T10:00:00Z)";

    /** The window of the query parameters; {@code before} defaults to now. */
    public static ExportWindow of(String since, String before, Instant now) {
        if (since == null || since.isBlank()) {
            throw new InvalidInput("changedSince", MOMENT);
        }
        ExportWindow window = new ExportWindow(moment("changedSince", since),
                before == null || before.isBlank() ? now : moment("changedBefore", before));
        if (!window.since.isBefore(window.before)) {
            throw new InvalidInput("changedBefore", "must be after changedSince (" + window.since + ")");
        }
        return window;
    }

    /** The changes of one day. */
    public static ExportWindow day(LocalDate day) {
        return new ExportWindow(day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** A day given as text, e.g. in a path. */
    public static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a date (2026-03-14)");
        }
    }

    private static Instant moment(String field, String value) {
        String text = value.strip();
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, MOMENT);
        }
    }
}
