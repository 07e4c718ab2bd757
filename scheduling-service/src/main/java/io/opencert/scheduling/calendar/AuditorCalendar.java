package io.opencert.scheduling.calendar;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.TeamRole;
import io.opencert.scheduling.auditor.Unavailability;
import io.opencert.scheduling.programme.BookedAudit;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An auditor's audits and unavailability as an iCalendar (RFC 5545) feed: all-day events, the last day inclusive
 * in the register and so DTEND the day after (DTEND is exclusive).
 */
public final class AuditorCalendar {
    static final String PRODUCT = "-//OpenCert//Scheduling service//EN";
    static final String UID_DOMAIN = "@opencert";

    public static String render(String auditorName, List<BookedAudit> audits, List<Unavailability> unavailability,
                                Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", "OpenCert audits - " + auditorName));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        for (BookedAudit audit : audits) {
            calendar.add(event(audit, now));
        }
        for (Unavailability period : unavailability) {
            calendar.add(event(period, now));
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static VEvent event(BookedAudit audit, Instant now) {
        VEvent event = new VEvent(audit.startDate(), audit.endDate().plusDays(1),
                words(audit.type()) + " - " + audit.clientName());
        event.replace(new DtStamp(now));
        event.add(new Uid(audit.auditId() + UID_DOMAIN));
        event.add(new Description("Role: " + words(audit.role()) + "\n"
                + "Audit days: " + days(audit.days()) + "\n"
                + "On site: " + audit.startDate() + " to " + audit.endDate()));
        event.add(ImmutableTransp.OPAQUE);
        return event;
    }

    private static VEvent event(Unavailability period, Instant now) {
        VEvent event = new VEvent(period.fromDate, period.toDate.plusDays(1), "Unavailable: " + period.reason.words());
        event.replace(new DtStamp(now));
        event.add(new Uid(period.id + UID_DOMAIN));
        if (period.note != null) {
            event.add(new Description(period.note));
        }
        event.add(ImmutableTransp.OPAQUE);
        return event;
    }

    /** The audit type as planners say it, e.g. "Stage 2 audit". */
    public static String words(AuditType type) {
        return switch (type) {
            case PRE_ASSESSMENT -> "Pre-assessment";
            case SYSTEM_AND_RISK_REVIEW -> "System and risk review";
            case STAGE_1 -> "Stage 1 audit";
            case STAGE_2 -> "Stage 2 audit";
            case SURVEILLANCE -> "Surveillance audit";
            case RECERTIFICATION -> "Recertification audit";
            case SPECIAL -> "Special audit";
            case CLOUD_EXTENSION -> "Cloud extension audit";
        };
    }

    static String words(TeamRole role) {
        return switch (role) {
            case LEAD_AUDITOR -> "Lead auditor";
            case AUDITOR -> "Auditor";
            case TECHNICAL_EXPERT -> "Technical expert";
        };
    }

    private static String days(BigDecimal days) {
        return days.stripTrailingZeros().toPlainString();
    }

    private AuditorCalendar() {
    }
}
