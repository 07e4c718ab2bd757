package io.opencert.commons.inbox;

import io.opencert.commons.tracing.TraceParent;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

/**
 * The idempotent consumer: the effect of an event and the record that it was processed commit together, so a
 * redelivered event finds its record and changes nothing. Two concurrent deliveries collide on the primary key;
 * the loser is retried and then finds the record.
 */
@ApplicationScoped
public class Inbox {
    private final Clock clock;

    Inbox(Clock clock) {
        this.clock = clock;
    }

    /** True when the effect ran; false when the event had been processed before. */
    @WithTransaction
    public Uni<Boolean> processOnce(IncomingEvent event, Function<IncomingEvent, Uni<Void>> effect) {
        return ProcessedEvent.<ProcessedEvent>findById(event.id()).flatMap(seen -> {
            if (seen != null) {
                return Uni.createFrom().item(false);
            }
            ProcessedEvent processed = new ProcessedEvent();
            processed.eventId = event.id();
            processed.eventType = event.type();
            processed.source = event.source();
            processed.processedAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            processed.traceParent = TraceParent.current();
            return effect.apply(event)
                    .flatMap(ignored -> processed.persistAndFlush())
                    .replaceWith(true);
        });
    }
}
