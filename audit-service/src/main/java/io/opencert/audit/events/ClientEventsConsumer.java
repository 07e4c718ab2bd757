package io.opencert.audit.events;

import io.opencert.audit.client.ClientService;
import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.commons.inbox.TopicHandler;
import io.opencert.events.client.ClientRegisteredV1;
import io.opencert.events.client.ClientUpdatedV1;
import io.opencert.events.Topics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The client's name as client-service publishes it, for the audits that show it (topic cb.client-events). */
@ApplicationScoped
public class ClientEventsConsumer implements TopicHandler {
    private final EventConsumer consumer;
    private final ClientService clients;

    ClientEventsConsumer(EventConsumer consumer, ClientService clients) {
        this.consumer = consumer;
        this.clients = clients;
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
            case CLIENT_REGISTERED -> {
                ClientRegisteredV1 registered = event.data(ClientRegisteredV1.class);
                yield clients.onClientPublished(registered.clientId(), registered.legalName(), registered.registeredAt(),
                        event.source());
            }
            case CLIENT_UPDATED -> {
                ClientUpdatedV1 updated = event.data(ClientUpdatedV1.class);
                yield clients.onClientPublished(updated.clientId(), updated.legalName(), updated.updatedAt(),
                        event.source());
            }
            case null, default -> Uni.createFrom().voidItem(); // quotations, contracts and types we do not know
        };
    }
}
