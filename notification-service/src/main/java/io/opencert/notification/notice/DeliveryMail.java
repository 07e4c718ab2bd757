package io.opencert.notification.notice;

import io.quarkus.mailer.Mail;

/** The mail the relay is handed for a delivery; a reminder names its opt-out link for mail clients (RFC 8058). */
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
        return mail;
    }
}
