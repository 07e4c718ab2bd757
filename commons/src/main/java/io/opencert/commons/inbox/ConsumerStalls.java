package io.opencert.commons.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The events being consumed, each since it was taken, with its latest failure while it waits for the infrastructure
 * to come back (or hangs on it); readiness reports those that take too long ({@link ConsumerReadiness}). Wall-clock
 * time, not the service's adjustable business clock.
 */
@ApplicationScoped
public class ConsumerStalls {
    /** One event in hand: since when, and its latest failure (null if none yet). */
    public record Stall(UUID eventId, String type, Instant since, String error) {
        public Duration waited(Instant now) {
            return Duration.between(since, now);
        }
    }

    private final Map<UUID, Stall> waiting = new ConcurrentHashMap<>();
    private final Clock wallClock = Clock.systemUTC();

    void taken(IncomingEvent event) {
        waiting.put(event.id(), new Stall(event.id(), event.type(), wallClock.instant(), null));
    }

    /** Records the failure; true for the event's first one, which is worth a log line. */
    boolean waiting(IncomingEvent event, Throwable error) {
        Stall previous = waiting.get(event.id());
        Instant since = previous == null ? wallClock.instant() : previous.since();
        waiting.put(event.id(), new Stall(event.id(), event.type(), since, String.valueOf(error.getMessage())));
        return previous == null || previous.error() == null;
    }

    void done(UUID eventId) {
        waiting.remove(eventId);
    }

    /** The event that has waited longest, if any. */
    public Optional<Stall> longest() {
        return waiting.values().stream().min(Comparator.comparing(Stall::since));
    }

    public int count() {
        return waiting.size();
    }

    Instant now() {
        return wallClock.instant();
    }
}
