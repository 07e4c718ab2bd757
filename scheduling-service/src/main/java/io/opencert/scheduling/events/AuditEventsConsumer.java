package io.opencert.scheduling.events;

import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.commons.inbox.TopicHandler;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.audit.Stage2RepetitionRequiredV1;
import io.opencert.scheduling.programme.ProgrammeService;
import io.opencert.scheduling.programme.SpecialAudits;
import io.opencert.events.Topics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class AuditEventsConsumer implements TopicHandler {
    private final EventConsumer consumer;
    private final ProgrammeService programmes;
    private final SpecialAudits specialAudits;

    AuditEventsConsumer(EventConsumer consumer, ProgrammeService programmes, SpecialAudits specialAudits) {
        this.consumer = consumer;
        this.programmes = programmes;
        this.specialAudits = specialAudits;
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
            case AUDIT_COMPLETED -> programmes.onAuditCompleted(event.data(AuditCompletedV1.class), event.source());
            case STAGE_2_REPETITION_REQUIRED -> specialAudits.onStage2RepetitionRequired(
                    event.data(Stage2RepetitionRequiredV1.class), event.source());
            case null, default -> Uni.createFrom().voidItem(); // types we do not know are ignored
        };
    }
}
