package io.opencert.notification.notice;

import io.opencert.notification.addressee.Recipient;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The iCalendar event (RFC 5545, with the RFC 5546 method) an auditor's mail carries: the audit's days as an all-day
 * event, one per audit ({@code UID}), each change with a higher {@code SEQUENCE}, so that a calendar moves or removes
 * the event it has rather than adding another.
 */
final class Invitation {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int LINE = 75;

    private Invitation() {
    }

    /**
     * @param facts     the notice's facts: {@code auditId}, {@code startDate}, {@code endDate}, {@code summary} and
     *                  {@code sequence}, and {@code sites} (the location)
     * @param organiser the planning desk's address
     */
    @SuppressWarnings("unchecked")
    static String of(String method, Map<String, Object> facts, Recipient attendee, String organiser, String body,
                     Instant now) {
        List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0",
                "PRODID:-//OpenCert//Audit bookings//EN", "METHOD:" + method, "BEGIN:VEVENT",
                "UID:" + facts.get("auditId") + "@opencert",
                "SEQUENCE:" + facts.get("sequence"),
                "DTSTAMP:" + STAMP.format(now),
                "DTSTART;VALUE=DATE:" + DAY.format(LocalDate.parse((String) facts.get("startDate"))),
                // an all-day event ends on the day after its last
                "DTEND;VALUE=DATE:" + DAY.format(LocalDate.parse((String) facts.get("endDate")).plusDays(1)),
                "SUMMARY:" + text((String) facts.get("summary")),
                "LOCATION:" + text(String.join("; ", (List<String>) facts.getOrDefault("sites", List.of()))),
                "ORGANIZER;CN=" + parameter(body) + ":mailto:" + organiser,
                "ATTENDEE;CN=" + parameter(attendee.name() == null ? attendee.email() : attendee.name())
                        + ";ROLE=REQ-PARTICIPANT:mailto:" + attendee.email(),
                "STATUS:" + ("CANCEL".equals(method) ? "CANCELLED" : "CONFIRMED"),
                "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"));
        StringBuilder calendar = new StringBuilder();
        lines.forEach(line -> calendar.append(folded(line)).append("\r\n"));
        return calendar.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** A parameter value, quoted, without the characters a quoted value cannot hold. */
    private static String parameter(String value) {
        return "\"" + value.replace("\"", "'").replaceAll("[\\r\\n]", " ") + "\"";
    }

    /** Lines longer than 75 octets folded with CRLF and a space, never inside a character. */
    static String folded(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
