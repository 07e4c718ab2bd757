package io.opencert.scheduling.events;

import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.scheduling.programme.ProgrammeService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class AuditEventsConsumer {
    private final EventConsumer consumer;
    private final ProgrammeService programmes;

    AuditEventsConsumer(EventConsumer consumer, ProgrammeService programmes) {
        this.consumer = consumer;
        this.programmes = programmes;
    }

    @Incoming("audit-events")
    public Uni<Void> onAuditEvent(Message<String> message) {
        return consumer.consume(message, this::handle);
    }

    Uni<Void> handle(IncomingEvent event) {
        return switch (event.eventType().orElse(null)) {
            case AUDIT_COMPLETED -> programmes.onAuditCompleted(event.data(AuditCompletedV1.class), event.source());
            case null, default -> Uni.createFrom().voidItem(); // types we do not know are ignored
        };
    }
}
