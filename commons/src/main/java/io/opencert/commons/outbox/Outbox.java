package io.opencert.commons.outbox;

import io.opencert.commons.tracing.TraceParent;
import io.opencert.events.EventJson;
import io.opencert.events.EventPayload;
import io.opencert.events.EventType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records an event in the caller's transaction. Call it inside the service method that owns
 * {@code @WithTransaction}: the event exists exactly when the state change it announces does, and the relay is woken
 * when that transaction commits ({@link RelayConnection}).
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
        event.traceParent = TraceParent.current();
        // delivered on commit only: the relay wakes exactly when the row can be read
        return event.persist()
                .call(() -> Panache.getSession().flatMap(session -> session
                        .createNativeQuery("NOTIFY " + RelayConnection.CHANNEL).executeUpdate()))
                .replaceWith(event.id);
    }
}
