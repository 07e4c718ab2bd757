package io.opencert.notification.notice;

import io.quarkus.mailer.Mail;

import java.nio.charset.StandardCharsets;

/**
 * The mail the relay is handed for a delivery; a reminder names its opt-out link for mail clients (RFC 8058), and a
 * booking carries its iCalendar event as the attachment calendars take invitations from.
 */
final class DeliveryMail {
    private DeliveryMail() {
    }

    static Mail of(Delivery delivery) {
        Mail mail = new Mail()
                .addTo(delivery.recipient())
                .setSubject(delivery.subject())
                .setText(delivery.textBody())
                .setHtml(delivery.htmlBody())
                .addHeader("X-OpenCert-Notice", delivery.kind().template());
        if (delivery.optOutUrl() != null) {
            mail.addHeader("List-Unsubscribe", "<" + delivery.optOutUrl() + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (delivery.calendar() != null) {
            mail.addAttachment("audit.ics", delivery.calendar().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=" + delivery.kind().calendarMethod());
        }
        return mail;
    }
}
