package io.opencert.certificate.events;

import io.opencert.certificate.decision.RuleDecisions;
import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.commons.inbox.TopicHandler;
import io.opencert.events.scheduling.SurveillanceOverdueV1;
import io.opencert.events.Topics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Audit programmes from scheduling-service (topic cb.scheduling-events): a missed surveillance suspends the certificate, by a decision of that rule. */
@ApplicationScoped
public class SchedulingEventsConsumer implements TopicHandler {
    private final EventConsumer consumer;
    private final RuleDecisions rules;

    SchedulingEventsConsumer(EventConsumer consumer, RuleDecisions rules) {
        this.consumer = consumer;
        this.rules = rules;
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
            case SURVEILLANCE_OVERDUE -> rules.suspendForMissedSurveillance(event.data(SurveillanceOverdueV1.class));
            case null, default -> Uni.createFrom().voidItem(); // types this service does not act on are ignored
        };
    }
}
