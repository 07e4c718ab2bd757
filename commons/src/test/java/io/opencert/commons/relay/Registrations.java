package io.opencert.commons.relay;

import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.commons.inbox.TopicHandler;
import io.opencert.commons.outbox.Outbox;
import io.opencert.events.EventType;
import io.opencert.events.client.ClientRegisteredV1;
import io.opencert.events.Topics;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A service of the test application: writes through the outbox and consumes its own topic through the inbox. */
@ApplicationScoped
public class Registrations implements TopicHandler {
    /** A registration with this name fails every time it is consumed. */
    static final String POISON = "poison";
    /** A registration with a name that starts so fails until {@link #cured} is set, as after a fix. */
    static final String CURABLE = "curable";
    static volatile boolean cured;

    private final Outbox outbox;
    private final EventConsumer consumer;

    Registrations(Outbox outbox, EventConsumer consumer) {
        this.outbox = outbox;
        this.consumer = consumer;
    }

    @WithTransaction
    public Uni<UUID> register(String legalName) {
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.legalName = legalName;
        return registration.persist()
                .flatMap(ignored -> outbox.record(new ClientRegisteredV1(registration.id, legalName, "HRB-" + registration.id,
                        "Berlin", "DE", 10, "IT services", Instant.now(), List.of())))
                .replaceWith(registration.id);
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
        if (event.eventType().orElse(null) != EventType.CLIENT_REGISTERED) {
            return Uni.createFrom().voidItem();
        }
        ClientRegisteredV1 registered = event.data(ClientRegisteredV1.class);
        if (POISON.equals(registered.legalName()) || registered.legalName().startsWith(CURABLE) && !cured) {
            return Uni.createFrom().failure(new IllegalStateException("cannot digest " + registered.legalName()));
        }
        RegistrationEffect effect = new RegistrationEffect();
        effect.eventId = event.id();
        effect.clientId = registered.clientId();
        return effect.persist().replaceWithVoid();
    }
}
