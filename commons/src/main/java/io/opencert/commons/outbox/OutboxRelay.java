package io.opencert.commons.outbox;

import io.opencert.commons.metrics.EventMetrics;
import io.opencert.commons.tracing.TraceParent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes outbox rows in order to the service's topic (channel {@code outbox}) and marks them sent, as soon as the
 * transaction that wrote them commits, and every {@code cb.outbox.relay-interval} should a wake-up be missed. Of
 * several replicas, only the one with the relay's turn publishes ({@link RelayConnection}), so no replica's batch
 * overtakes another's; it reads a batch, sends it with no transaction open, and then marks what the broker
 * acknowledged. The producer is idempotent with {@code acks=all}. A failed send is retried on the next run, as is a
 * batch whose marking failed: at-least-once, and the consumers' inbox ignores what it receives twice. Each event is
 * sent in the trace of the request that wrote it.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String UNPUBLISHED = "publishedAt is null order by seq";
    private static final String MARK_PUBLISHED = "publishedAt = ?1, attempts = attempts + 1 where id in ?2";
    private static final String MARK_FAILED = "attempts = attempts + 1, lastError = ?1 where id = ?2";
    private static final String BACKLOG = """
            SELECT count(*), min(occurred_at) FROM outbox_event WHERE published_at IS NULL""";

    private final MutinyEmitter<String> emitter;
    private final RelayConnection connection;
    private final Vertx vertx;
    private final EventMetrics metrics;
    private final Clock clock;
    private final URI source;
    private final int batchSize;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, RelayConnection connection, Vertx vertx,
                EventMetrics metrics, Clock clock,
                @ConfigProperty(name = "quarkus.application.name") String serviceName,
                @ConfigProperty(name = "cb.outbox.batch-size") int batchSize) {
        this.emitter = emitter;
        this.connection = connection;
        this.vertx = vertx;
        this.metrics = metrics;
        this.clock = clock;
        this.source = URI.create("/" + serviceName);
        this.batchSize = batchSize;
    }

    void start(@Observes StartupEvent started) {
        connection.open(this::wake);
    }

    /** The fallback: a run every {@code cb.outbox.relay-interval}, should a wake-up have been missed. */
    @Scheduled(every = "${cb.outbox.relay-interval}", delayed = "${cb.outbox.relay-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /**
     * Publishes what waits, now: called when a transaction that wrote outbox rows has committed. A wake-up during a
     * run makes the run go on once more, so that nothing written meanwhile waits for the next one.
     */
    public void wake() {
        again.set(true);
        if (running.compareAndSet(false, true)) {
            // a context of its own, safe for Hibernate Reactive, whichever thread woke the relay
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> drain().subscribe().with(done -> {
            }, e -> LOG.warnf("outbox relay run failed: %s", e.getMessage())));
        }
    }

    /** Publishes batches while there is more to publish or a wake-up came meanwhile. */
    private Uni<Void> drain() {
        again.set(false);
        return publishBatch()
                .onFailure().invoke(e -> LOG.warnf("outbox relay run failed: %s", e.getMessage()))
                .onFailure().recoverWithItem(-1)
                .flatMap(published -> {
                    if (published == batchSize || published >= 0 && again.get()) {
                        return drain();
                    }
                    running.set(false);
                    // a wake-up between the check and the release finds the relay still running: take it on
                    return again.get() && published >= 0 && running.compareAndSet(false, true)
                            ? drain() : Uni.createFrom().voidItem();
                });
    }

    /** Publishes one batch if this replica has the turn; the number of events published. */
    public Uni<Integer> publishBatch() {
        return connection.takeTurn().flatMap(myTurn -> !myTurn ? Uni.createFrom().item(0) : Panache
                .withSession(() -> OutboxEvent.<OutboxEvent>find(UNPUBLISHED).page(0, batchSize).list())
                .flatMap(this::sendInOrder));
    }

    /**
     * Hands the whole batch to the producer at once, in order, and then waits for the acknowledgements: the
     * idempotent producer writes each partition's records in order, and fails those behind a failed one rather than
     * write them out of order. Events up to the first failed one are marked published; that one and the rest stay for
     * the next run.
     */
    private Uni<Integer> sendInOrder(List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Uni<Throwable>> sends = events.stream().map(event -> send(event).onItem().<Throwable>transform(ok -> null)
                .onFailure().recoverWithItem(error -> error)).toList();
        return Uni.join().all(sends).andFailFast().flatMap(errors -> {
            int published = 0;
            while (published < events.size() && errors.get(published) == null) {
                published++;
            }
            List<OutboxEvent> acknowledged = events.subList(0, published);
            OutboxEvent failed = published < events.size() ? events.get(published) : null;
            Throwable error = failed == null ? null : errors.get(published);
            if (failed != null) {
                LOG.warnf("event %s (%s) not published yet: %s", failed.id, failed.eventType, error.getMessage());
            }
            return mark(acknowledged, failed, error).invoke(() -> acknowledged.forEach(e -> metrics.published(e.eventType)))
                    .replaceWith(published);
        });
    }

    /** Records what the broker acknowledged, and why the first event it did not was refused, in one transaction. */
    private Uni<Void> mark(List<OutboxEvent> acknowledged, OutboxEvent failed, Throwable error) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<UUID> ids = acknowledged.stream().map(event -> event.id).toList();
        return Panache.withTransaction(() -> (ids.isEmpty() ? Uni.createFrom().item(0)
                : OutboxEvent.update(MARK_PUBLISHED, now, ids))
                .call(() -> failed == null ? Uni.createFrom().voidItem()
                        : OutboxEvent.update(MARK_FAILED, String.valueOf(error.getMessage()), failed.id))
                .call(() -> Panache.getSession().flatMap(session -> session
                        .createNativeQuery(BACKLOG, Object[].class).getSingleResult()
                        .invoke(row -> metrics.outbox(((Number) row[0]).longValue(),
                                row[1] == null ? null : ((OffsetDateTime) row[1]).toInstant())))))
                .replaceWithVoid();
    }

    private Uni<Void> send(OutboxEvent event) {
        Message<String> message = Message.of(event.payload)
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(event.id.toString())
                        .withSource(source)
                        .withType(event.eventType)
                        .withSubject(event.subject)
                        .withTimestamp(event.occurredAt.toZonedDateTime())
                        .withDataContentType("application/json")
                        .build())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.subject).build())
                .addMetadata(TracingMetadata.withCurrent(TraceParent.context(event.traceParent)));
        return emitter.sendMessage(message);
    }
}
