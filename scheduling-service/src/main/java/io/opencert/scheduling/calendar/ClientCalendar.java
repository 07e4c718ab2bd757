package io.opencert.scheduling.calendar;

import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamRole;
import io.opencert.scheduling.programme.PlannedAudit;
import net.fortuna.ical4j.model.component.VEvent;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** A client organisation's upcoming audits as an iCalendar feed: when the auditors come, and who they are. */
final class ClientCalendar {

    static String render(String clientName, List<PlannedAudit> audits, Instant now) {
        return IcsFeed.render("OpenCert audits - " + clientName, audits.stream().map(audit -> event(audit, now))
                .toList());
    }

    private static VEvent event(PlannedAudit audit, Instant now) {
        String team = audit.team.stream()
                .map(member -> member.name + (member.role == TeamRole.LEAD_AUDITOR ? " (lead auditor)" : ""))
                .collect(Collectors.joining(", "));
        return IcsFeed.allDay(audit.id, audit.startDate, audit.endDate,
                AuditorCalendar.words(audit.type) + " - " + audit.standards.stream()
                        .map(Standard::title).collect(Collectors.joining(", ")),
                "Audit team: " + team + "\n"
                        + "Audit days: " + AuditorCalendar.days(audit.days) + "\n"
                        + "On site: " + audit.startDate + " to " + audit.endDate, now);
    }

    private ClientCalendar() {
    }
}
