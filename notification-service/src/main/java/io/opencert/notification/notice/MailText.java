package io.opencert.notification.notice;

/** A written mail: its subject, and its body as plain text and as HTML. */
public record MailText(String subject, String text, String html) {
}
