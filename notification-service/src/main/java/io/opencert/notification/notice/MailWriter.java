package io.opencert.notification.notice;

import io.opencert.notification.addressee.Recipient;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a notice's mail to one recipient from the kind's templates, {@code templates/mail/<kind>.txt} and
 * {@code .html}. The text template's first line is the subject; a blank line follows it. Both get the notice's facts,
 * the client's name, the recipient's name, the body's name and, for a reminder, the link that stops reminders. A
 * kind with a calendar method also gets its iCalendar event ({@link Invitation}).
 */
@ApplicationScoped
public class MailWriter {
    private final Engine engine;
    private final Clock clock;
    private final String bodyName;
    private final String organiser;

    MailWriter(Engine engine, Clock clock, @ConfigProperty(name = "cb.certification-body.name") String bodyName,
               @ConfigProperty(name = "cb.notification.staff-address") String organiser) {
        this.engine = engine;
        this.clock = clock;
        this.bodyName = bodyName;
        this.organiser = organiser;
    }

    MailText write(NoticeKind kind, Map<String, Object> facts, String clientName, Recipient recipient, String optOutUrl) {
        Map<String, Object> data = new HashMap<>(facts);
        data.put("clientName", clientName);
        data.put("recipientName", recipient.name() == null ? "" : recipient.name());
        data.put("body", bodyName);
        data.put("optOutUrl", optOutUrl == null ? "" : optOutUrl);
        String text = template(kind, "txt").data(data).render();
        int endOfSubject = text.indexOf('\n');
        if (endOfSubject < 0 || !text.startsWith("\n", endOfSubject + 1)) {
            throw new IllegalStateException("mail/" + kind.template() + ".txt does not start with a subject line "
                    + "and a blank line");
        }
        String calendar = kind.calendarMethod() == null ? null
                : Invitation.of(kind.calendarMethod(), facts, recipient, organiser, bodyName, clock.instant());
        return new MailText(text.substring(0, endOfSubject).strip(), text.substring(endOfSubject + 2),
                template(kind, "html").data(data).render(), calendar);
    }

    private Template template(NoticeKind kind, String suffix) {
        String id = "mail/" + kind.template() + "." + suffix;
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("no template " + id);
        }
        return template;
    }
}
