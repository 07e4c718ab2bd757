package io.opencert.commons.outbox;

import io.opencert.events.EventJson;
import io.opencert.events.EventPayload;
import io.opencert.events.EventType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records an event in the caller's transaction. Call it inside the service method that owns
 * {@code @WithTransaction}: the event exists exactly when the state change it announces does.
 */
@ApplicationScoped
public class Outbox {
    private final Clock clock;

    Outbox(Clock clock) {
        this.clock = clock;
    }

    public Uni<UUID> record(EventPayload payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.eventType = EventType.of(payload.getClass()).type();
        event.subject = payload.subject();
        event.payload = EventJson.write(payload);
        event.occurredAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return event.persist().replaceWith(event.id);
    }
}
