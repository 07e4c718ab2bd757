package io.opencert.notification.notice;

/** A written mail: its subject, its body as plain text and as HTML, and the iCalendar event it carries (or null). */
public record MailText(String subject, String text, String html, String calendar) {
}
