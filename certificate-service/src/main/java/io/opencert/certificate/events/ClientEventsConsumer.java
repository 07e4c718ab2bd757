package io.opencert.certificate.events;

import io.opencert.certificate.decision.DecisionOpening;
import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.commons.inbox.TopicHandler;
import io.opencert.events.client.ConsultancyRecordedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.Topics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Contracts and the impartiality register from client-service (topic cb.client-events): a contract and each recorded
 * consultancy name who consulted the client, and a contract that transfers a certificate from another body needs a
 * decision on the transfer.
 */
@ApplicationScoped
public class ClientEventsConsumer implements TopicHandler {
    private final EventConsumer consumer;
    private final DecisionOpening decisions;

    ClientEventsConsumer(EventConsumer consumer, DecisionOpening decisions) {
        this.consumer = consumer;
        this.decisions = decisions;
    }

    @Incoming("client-events")
    public Uni<Void> onClientEvent(Message<String> message) {
        return consumer.consume(message, this);
    }

    @Override
    public String topic() {
        return Topics.CLIENT;
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        return switch (event.eventType().orElse(null)) {
            case CONTRACT_SIGNED -> decisions.onContract(event.data(ContractSignedV1.class));
            case CONSULTANCY_RECORDED -> decisions.onConsultancy(event.data(ConsultancyRecordedV1.class));
            case null, default -> Uni.createFrom().voidItem(); // types this service does not act on are ignored
        };
    }
}
