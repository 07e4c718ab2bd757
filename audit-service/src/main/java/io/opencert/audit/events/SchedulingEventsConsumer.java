package io.opencert.audit.events;

import io.opencert.audit.audit.AuditService;
import io.opencert.audit.auditor.AuditorDepartures;
import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.commons.inbox.TopicHandler;
import io.opencert.events.scheduling.AuditCancelledV1;
import io.opencert.events.scheduling.AuditRescheduledV1;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.events.scheduling.AuditorLeftV1;
import io.opencert.events.Topics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Audits come into being when scheduling books them, and move or end as it says; an auditor who leaves the body no
 * longer reaches them (topic cb.scheduling-events).
 */
@ApplicationScoped
public class SchedulingEventsConsumer implements TopicHandler {
    private final EventConsumer consumer;
    private final AuditService audits;
    private final AuditorDepartures departures;

    SchedulingEventsConsumer(EventConsumer consumer, AuditService audits, AuditorDepartures departures) {
        this.consumer = consumer;
        this.audits = audits;
        this.departures = departures;
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
            case AUDIT_SCHEDULED -> audits.onAuditScheduled(event.data(AuditScheduledV1.class), event.source());
            case AUDIT_RESCHEDULED -> audits.onAuditRescheduled(event.data(AuditRescheduledV1.class), event.source());
            case AUDIT_CANCELLED -> audits.onAuditCancelled(event.data(AuditCancelledV1.class), event.source());
            case AUDITOR_LEFT -> departures.onAuditorLeft(event.data(AuditorLeftV1.class), event.source());
            case null, default -> Uni.createFrom().voidItem(); // types we do not know are ignored
        };
    }
}
