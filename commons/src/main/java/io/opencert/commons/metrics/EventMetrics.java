package io.opencert.commons.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The event flow of this service on {@code /q/metrics}: the outbox backlog and the age of its oldest unpublished
 * row (as the relay last saw them), and the events published, consumed, failed and dead-lettered, per event type.
 * Kafka's own client metrics (e.g. {@code kafka_consumer_fetch_manager_records_lag}) give the consumer lag.
 */
@ApplicationScoped
public class EventMetrics {
    private final MeterRegistry registry;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicReference<Instant> oldestUnpublished = new AtomicReference<>();
    private final Clock wallClock = Clock.systemUTC();
    private final List<Gauge> gauges;

    EventMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.gauges = List.of(
                Gauge.builder("cb.outbox.backlog", backlog, AtomicLong::get).strongReference(true)
                        .description("Outbox rows not yet published").register(registry),
                Gauge.builder("cb.outbox.oldest.age", this, EventMetrics::oldestAgeSeconds).strongReference(true)
                        .description("Age of the oldest unpublished outbox row").baseUnit("seconds")
                        .register(registry));
    }

    /**
     * The registry may outlive the application (one JVM running it several times, as tests do): a gauge left behind
     * would keep reading this instance, and a new one of the same name would not be registered.
     */
    @PreDestroy
    void unregister() {
        gauges.forEach(registry::remove);
    }

    /** What the relay found waiting: how many rows, and since when the oldest (null when none). */
    public void outbox(long unpublished, Instant oldest) {
        backlog.set(unpublished);
        oldestUnpublished.set(oldest);
    }

    public void published(String type) {
        registry.counter("cb.events.published", "type", type).increment();
    }

    /** An event taken from a topic: {@code applied} false when it had been processed before. */
    public void consumed(String type, boolean applied) {
        registry.counter("cb.events.consumed", "type", type, "outcome", applied ? "applied" : "duplicate")
                .increment();
    }

    /** A failed attempt to consume an event, by what the failure means (transient, poison, unknown). */
    public void failed(String type, String failure) {
        registry.counter("cb.events.failed", "type", type, "failure", failure).increment();
    }

    public void deadLettered(String topic, String type) {
        registry.counter("cb.events.dead.lettered", "topic", topic, "type", type).increment();
    }

    private double oldestAgeSeconds() {
        Instant oldest = oldestUnpublished.get();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, wallClock.instant()).toMillis() / 1000.0);
    }
}
