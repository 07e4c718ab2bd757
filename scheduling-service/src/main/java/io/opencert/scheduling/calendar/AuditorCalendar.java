package io.opencert.scheduling.calendar;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.TeamRole;
import io.opencert.scheduling.auditor.Unavailability;
import io.opencert.scheduling.programme.BookedAudit;
import net.fortuna.ical4j.model.component.VEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** An auditor's audits and unavailability as an iCalendar feed. */
public final class AuditorCalendar {

    public static String render(String auditorName, List<BookedAudit> audits, List<Unavailability> unavailability,
                                Instant now) {
        return IcsFeed.render("OpenCert audits - " + auditorName, Stream.concat(
                audits.stream().map(audit -> event(audit, now)),
                unavailability.stream().map(period -> event(period, now))).toList());
    }

    private static VEvent event(BookedAudit audit, Instant now) {
        return IcsFeed.allDay(audit.auditId(), audit.startDate(), audit.endDate(),
                words(audit.type()) + " - " + audit.clientName(),
                "Role: " + words(audit.role()) + "\n"
                        + "Audit days: " + days(audit.days()) + "\n"
                        + "On site: " + audit.startDate() + " to " + audit.endDate(), now);
    }

    private static VEvent event(Unavailability period, Instant now) {
        return IcsFeed.allDay(period.id, period.fromDate, period.toDate, "Unavailable: " + period.reason.words(),
                period.note, now);
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
            case SCOPE_EXTENSION -> "Scope extension audit";
        };
    }

    static String words(TeamRole role) {
        return switch (role) {
            case LEAD_AUDITOR -> "Lead auditor";
            case AUDITOR -> "Auditor";
            case TECHNICAL_EXPERT -> "Technical expert";
        };
    }

    static String days(BigDecimal days) {
        return days.stripTrailingZeros().toPlainString();
    }

    private AuditorCalendar() {
    }
}
