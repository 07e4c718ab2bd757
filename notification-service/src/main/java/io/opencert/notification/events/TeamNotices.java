package io.opencert.notification.events;

import io.opencert.events.model.TeamMember;
import io.opencert.events.scheduling.AuditCancelledV1;
import io.opencert.events.scheduling.AuditRescheduledV1;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.notification.auditor.AuditorAddresses;
import io.opencert.notification.auditor.BookedAudit;
import io.opencert.notification.notice.NoticeKind;
import io.opencert.notification.notice.Notices;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit team's mails of a booking, its move and its cancellation, each with the iCalendar event. What the team
 * was told is kept, so that a move (which names no type or sites) and a cancellation (which names no team) reach the
 * same people with the same event.
 */
@ApplicationScoped
public class TeamNotices {
    private final AuditorAddresses auditors;
    private final Notices notices;

    TeamNotices(AuditorAddresses auditors, Notices notices) {
        this.auditors = auditors;
        this.notices = notices;
    }

    Uni<Void> booked(UUID eventId, AuditScheduledV1 audit) {
        Map<String, Object> facts = new HashMap<>(Map.of("auditId", audit.auditId().toString(),
                "auditType", Facts.auditType(audit.type()),
                "summary", Facts.auditType(audit.type()) + " audit: " + audit.clientName(),
                "sites", Facts.sites(audit.sites())));
        facts.putAll(dates(audit.startDate().toString(), audit.endDate().toString(), Facts.days(audit.days()),
                audit.team(), audit.scheduledAt()));
        return auditors.told(audit.auditId(), audit.clientId(), facts, audit.scheduledAt())
                .flatMap(ignored -> notices.record(eventId, NoticeKind.AUDITOR_BOOKED, audit.clientId(),
                        audit.scheduledAt(), facts));
    }

    Uni<Void> moved(UUID eventId, AuditRescheduledV1 audit) {
        Map<String, Object> changes = dates(audit.startDate().toString(), audit.endDate().toString(),
                Facts.days(audit.days()), audit.team(), audit.rescheduledAt());
        return auditors.told(audit.auditId(), audit.clientId(), changes, audit.rescheduledAt())
                .flatMap(ignored -> auditors.booked(audit.auditId()))
                .flatMap(booked -> {
                    Map<String, Object> facts = new HashMap<>(booked.map(BookedAudit::facts).orElse(Map.of()));
                    facts.putAll(changes);
                    facts.put("reason", audit.reason());
                    facts.putIfAbsent("auditType", "");
                    facts.putIfAbsent("summary", "Audit");
                    return notices.record(eventId, NoticeKind.AUDITOR_RESCHEDULED, audit.clientId(),
                            audit.rescheduledAt(), facts);
                });
    }

    /** A cancellation of an audit whose booking never arrived here has no team to tell. */
    Uni<Void> cancelled(UUID eventId, AuditCancelledV1 audit) {
        return auditors.booked(audit.auditId()).flatMap(booked -> {
            if (booked.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            Map<String, Object> facts = new HashMap<>(booked.get().facts());
            facts.put("reason", audit.reason());
            facts.put("sequence", sequence(audit.cancelledAt()));
            return notices.record(eventId, NoticeKind.AUDITOR_CANCELLED, audit.clientId(), audit.cancelledAt(),
                    facts);
        });
    }

    private static Map<String, Object> dates(String start, String end, String days, List<TeamMember> team,
                                             Instant at) {
        return Map.of("startDate", start, "endDate", end, "days", days, "team", Facts.team(team),
                "teamUsernames", team.stream().map(TeamMember::username).toList(), "sequence", sequence(at));
    }

    /** Later changes of a booking have higher numbers: the minute they were made. */
    private static String sequence(Instant at) {
        return Long.toString(at.getEpochSecond() / 60);
    }
}
