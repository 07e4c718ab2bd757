package io.opencert.notification.events;

import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.commons.inbox.TopicHandler;
import io.opencert.events.Topics;
import io.opencert.events.scheduling.AuditCancelledV1;
import io.opencert.events.scheduling.AuditRescheduledV1;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.events.scheduling.AuditorRegisteredV1;
import io.opencert.events.scheduling.SurveillanceOverdueV1;
import io.opencert.notification.auditor.AuditorAddresses;
import io.opencert.notification.notice.NoticeKind;
import io.opencert.notification.notice.Notices;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Map;

/**
 * Bookings from scheduling-service (topic cb.scheduling-events): the client is told of each audit booked, moved or
 * cancelled, with the team it may object to, and the team of its audit, with the iCalendar event; the planning desk of
 * each surveillance window missed. The auditors' addresses come with their registration.
 */
@ApplicationScoped
public class SchedulingEventsConsumer implements TopicHandler {
    private final EventConsumer consumer;
    private final Notices notices;
    private final TeamNotices teams;
    private final AuditorAddresses auditors;

    SchedulingEventsConsumer(EventConsumer consumer, Notices notices, TeamNotices teams, AuditorAddresses auditors) {
        this.consumer = consumer;
        this.notices = notices;
        this.teams = teams;
        this.auditors = auditors;
    }

    @Incoming("scheduling-events")
    public Uni<Void> onSchedulingEvent(Message<String> message) {
        return consumer.consume(message, this);
    }

    @Override
    public String topic() {
        return Topics.SCHEDULING;
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        return switch (event.eventType().orElse(null)) {
            case AUDIT_SCHEDULED -> {
                AuditScheduledV1 audit = event.data(AuditScheduledV1.class);
                yield notices.record(event.id(), NoticeKind.AUDIT_BOOKED, audit.clientId(), audit.scheduledAt(),
                        Map.of("auditType", Facts.auditType(audit.type()), "standards", Facts.standards(audit.standards()),
                                "scope", audit.scope(), "startDate", Facts.date(audit.startDate()),
                                "endDate", Facts.date(audit.endDate()), "days", Facts.days(audit.days()),
                                "sites", Facts.sites(audit.sites()), "team", Facts.team(audit.team())))
                        .flatMap(ignored -> teams.booked(event.id(), audit));
            }
            case AUDIT_RESCHEDULED -> {
                AuditRescheduledV1 audit = event.data(AuditRescheduledV1.class);
                yield notices.record(event.id(), NoticeKind.AUDIT_RESCHEDULED, audit.clientId(),
                        audit.rescheduledAt(), Map.of("startDate", Facts.date(audit.startDate()),
                                "endDate", Facts.date(audit.endDate()), "days", Facts.days(audit.days()),
                                "team", Facts.team(audit.team()), "reason", audit.reason()))
                        .flatMap(ignored -> teams.moved(event.id(), audit));
            }
            case AUDIT_CANCELLED -> {
                AuditCancelledV1 audit = event.data(AuditCancelledV1.class);
                yield notices.record(event.id(), NoticeKind.AUDIT_CANCELLED, audit.clientId(), audit.cancelledAt(),
                        Map.of("reason", audit.reason())).flatMap(ignored -> teams.cancelled(event.id(), audit));
            }
            case SURVEILLANCE_OVERDUE -> {
                SurveillanceOverdueV1 overdue = event.data(SurveillanceOverdueV1.class);
                yield notices.record(event.id(), NoticeKind.SURVEILLANCE_OVERDUE, overdue.clientId(),
                        overdue.detectedAt(), Map.of("dueBy", Facts.date(overdue.dueBy()),
                                "clientId", overdue.clientId().toString(),
                                "programmeId", overdue.programmeId().toString(),
                                "auditId", overdue.auditId().toString()));
            }
            case AUDITOR_REGISTERED -> {
                AuditorRegisteredV1 auditor = event.data(AuditorRegisteredV1.class);
                yield auditors.registered(auditor.username(), auditor.name(), auditor.email(),
                        auditor.registeredAt());
            }
            case null, default -> Uni.createFrom().voidItem(); // types we do not know (or do not act on) are ignored
        };
    }
}
