package io.opencert.scheduling.calendar;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An iCalendar (RFC 5545) feed of all-day events that calendar apps subscribe to. Days are inclusive in the
 * register and DTEND is exclusive, so an event ends the day after its last day.
 */
final class IcsFeed {
    static final String PRODUCT = "-//OpenCert//Scheduling service//EN";
    static final String UID_DOMAIN = "@opencert";

    static String render(String name, List<VEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        events.forEach(calendar::add);
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** A busy all-day event from the first to the last day, both inclusive; null description for none. */
    static VEvent allDay(UUID id, LocalDate first, LocalDate last, String summary, String description, Instant now) {
        VEvent event = new VEvent(first, last.plusDays(1), summary);
        event.replace(new DtStamp(now));
        event.add(new Uid(id + UID_DOMAIN));
        if (description != null) {
            event.add(new Description(description));
        }
        event.add(ImmutableTransp.OPAQUE);
        return event;
    }

    private IcsFeed() {
    }
}
