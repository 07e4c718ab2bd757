package io.opencert.certificate.events;

import io.opencert.certificate.decision.DecisionOpening;
import io.opencert.certificate.decision.RuleDecisions;
import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.commons.inbox.TopicHandler;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.audit.MajorNonconformityOverdueV1;
import io.opencert.events.audit.Stage2RepetitionRequiredV1;
import io.opencert.events.audit.NonconformitiesClosedV1;
import io.opencert.events.Topics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Audit outcomes from audit-service (topic cb.audit-events): a completed audit may need a decision, a decision that
 * waits for nonconformities to be closed becomes ready when they are, and a major nonconformity not corrected by its
 * deadline calls for a suspension decision.
 */
@ApplicationScoped
public class AuditEventsConsumer implements TopicHandler {
    private final EventConsumer consumer;
    private final DecisionOpening decisions;
    private final RuleDecisions rules;

    AuditEventsConsumer(EventConsumer consumer, DecisionOpening decisions, RuleDecisions rules) {
        this.consumer = consumer;
        this.decisions = decisions;
        this.rules = rules;
    }

    @Incoming("audit-events")
    public Uni<Void> onAuditEvent(Message<String> message) {
        return consumer.consume(message, this);
    }

    @Override
    public String topic() {
        return Topics.AUDIT;
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        return switch (event.eventType().orElse(null)) {
            case AUDIT_COMPLETED -> decisions.openFor(event.data(AuditCompletedV1.class));
            case NONCONFORMITIES_CLOSED -> decisions.nonconformitiesClosed(event.data(NonconformitiesClosedV1.class));
            case MAJOR_NONCONFORMITY_OVERDUE ->
                    rules.askSuspensionForUncorrectedMajor(event.data(MajorNonconformityOverdueV1.class));
            case STAGE_2_REPETITION_REQUIRED -> rules.awaitRepeatedStage2(event.data(Stage2RepetitionRequiredV1.class));
            case null, default -> Uni.createFrom().voidItem(); // types this service does not act on are ignored
        };
    }
}
