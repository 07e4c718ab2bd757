package io.opencert.commons.outbox;

import io.opencert.commons.metrics.EventMetrics;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes outbox rows in order to the service's topic (channel {@code outbox}) and marks them sent, as soon as the
 * transaction that wrote them commits ({@link #wake()}), and every {@code cb.outbox.relay-interval} should a wake-up
 * be missed. Of several replicas, the one holding a transaction-scoped advisory lock publishes a batch, so no
 * replica's batch overtakes another's; rows are claimed with {@code FOR UPDATE SKIP LOCKED} all the same. The producer
 * is idempotent with {@code acks=all}. A failed send is retried on the next run: at-least-once.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock key of the relay's turn; any constant, as each service has its own database. */
    public static final long RELAY_LOCK = 0x0c_e4_7e_1a_7L;
    private static final String TAKE_TURN = "SELECT pg_try_advisory_xact_lock(:lock)";
    private static final String CLAIM = """
            SELECT * FROM outbox_event WHERE published_at IS NULL
            ORDER BY seq LIMIT :limit FOR UPDATE SKIP LOCKED""";
    private static final String BACKLOG = """
            SELECT count(*), min(occurred_at) FROM outbox_event WHERE published_at IS NULL""";

    private final MutinyEmitter<String> emitter;
    private final Vertx vertx;
    private final EventMetrics metrics;
    private final Clock clock;
    private final URI source;
    private final int batchSize;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, Vertx vertx, EventMetrics metrics, Clock clock,
                @ConfigProperty(name = "quarkus.application.name") String serviceName,
                @ConfigProperty(name = "cb.outbox.batch-size") int batchSize) {
        this.emitter = emitter;
        this.vertx = vertx;
        this.metrics = metrics;
        this.clock = clock;
        this.source = URI.create("/" + serviceName);
        this.batchSize = batchSize;
    }

    /** The fallback: a run every {@code cb.outbox.relay-interval}, should a wake-up have been missed. */
    @Scheduled(every = "${cb.outbox.relay-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /**
     * Publishes what waits, now: called when a transaction that wrote outbox rows has committed ({@link OutboxWakeUp}).
     * A wake-up during a run makes the run go on once more, so that nothing written meanwhile waits for the next one.
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

    /** Publishes one batch; the number of events published. */
    public Uni<Integer> publishBatch() {
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(TAKE_TURN, Boolean.class)
                        .setParameter("lock", RELAY_LOCK)
                        .getSingleResult()
                        .flatMap(myTurn -> !myTurn ? Uni.createFrom().item(0) : session
                                .createNativeQuery(CLAIM, OutboxEvent.class)
                                .setParameter("limit", batchSize)
                                .getResultList()
                                .flatMap(this::sendInOrder)
                                .call(published -> session.createNativeQuery(BACKLOG, Object[].class)
                                        .getSingleResult()
                                        .invoke(row -> metrics.outbox(((Number) row[0]).longValue(),
                                                row[1] == null ? null : ((OffsetDateTime) row[1]).toInstant()))))));
    }

    /**
     * Hands the whole batch to the producer at once, in order, and then waits for the acknowledgements: the
     * idempotent producer writes each partition's records in order, and fails those behind a failed one rather than
     * write them out of order. Events up to the first failed one are marked published; that one and the rest stay for
     * the next run (a consumer's inbox ignores any it receives twice).
     */
    private Uni<Integer> sendInOrder(List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Uni<Boolean>> sends = events.stream().map(event -> send(event).onItem().transform(ignored -> true)
                .onFailure().recoverWithItem(error -> {
                    event.attempts++;
                    event.lastError = String.valueOf(error.getMessage());
                    LOG.warnf("event %s (%s) not published yet: %s", event.id, event.eventType, error.getMessage());
                    return false;
                })).toList();
        return Uni.join().all(sends).andFailFast().map(acknowledged -> {
            int published = 0;
            while (published < events.size() && acknowledged.get(published)) {
                OutboxEvent event = events.get(published);
                event.publishedAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
                event.attempts++;
                metrics.published(event.eventType);
                published++;
            }
            return published;
        });
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
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.subject).build());
        return emitter.sendMessage(message);
    }
}
