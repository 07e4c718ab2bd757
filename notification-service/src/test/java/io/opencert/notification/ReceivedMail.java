package io.opencert.notification;

import io.opencert.localstack.MailServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** A mail as it arrived at the mail server, read as a mail client reads it. */
public record ReceivedMail(String subject, String from, List<String> to, String text, String html,
                           String unsubscribe, String unsubscribePost, String calendar, String calendarType) {

    public static ReceivedMail of(MailServer.Mail mail) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(mail.mime().getBytes(StandardCharsets.UTF_8)));
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            StringBuilder calendar = new StringBuilder();
            StringBuilder calendarType = new StringBuilder();
            collect(message.getContent(), message.getContentType(), text, html, calendar, calendarType);
            return new ReceivedMail(message.getSubject(), message.getFrom()[0].toString(),
                    Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList(),
                    text.toString(), html.toString(), message.getHeader("List-Unsubscribe", null),
                    message.getHeader("List-Unsubscribe-Post", null), calendar.toString(), calendarType.toString());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail: " + mail.mime(), e);
        }
    }

    private static void collect(Object content, String type, StringBuilder text, StringBuilder html,
                                StringBuilder calendar, StringBuilder calendarType)
            throws MessagingException, IOException {
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                collect(part.getContent(), part.getContentType(), text, html, calendar, calendarType);
            }
        } else if (type.toLowerCase().startsWith("text/calendar")) {
            calendar.append(content instanceof InputStream in ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    : content);
            calendarType.append(type);
        } else if (type.toLowerCase().startsWith("text/html")) {
            html.append(content);
        } else if (type.toLowerCase().startsWith("text/plain")) {
            text.append(content);
        }
    }
}
