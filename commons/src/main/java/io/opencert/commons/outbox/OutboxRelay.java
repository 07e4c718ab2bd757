package io.opencert.commons.outbox;

import io.opencert.commons.metrics.EventMetrics;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
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
 * Publishes outbox rows in order to the service's topic (channel {@code outbox}) and marks them sent.
 * Of several replicas, the one holding a transaction-scoped advisory lock publishes a batch, so no replica's batch
 * overtakes another's; rows are claimed with {@code FOR UPDATE SKIP LOCKED} all the same. The producer is idempotent
 * with {@code acks=all}. A failed send stops the batch, so that no later event of an aggregate overtakes an earlier
 * one, and is retried on the next run: at-least-once.
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
    private final EventMetrics metrics;
    private final Clock clock;
    private final URI source;
    private final int batchSize;

    OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, EventMetrics metrics, Clock clock,
                @ConfigProperty(name = "quarkus.application.name") String serviceName,
                @ConfigProperty(name = "cb.outbox.batch-size") int batchSize) {
        this.emitter = emitter;
        this.metrics = metrics;
        this.clock = clock;
        this.source = URI.create("/" + serviceName);
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${cb.outbox.relay-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> publishPending() {
        return publishBatch().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf("outbox relay run failed: %s", e.getMessage()))
                .onFailure().recoverWithNull();
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

    private Uni<Integer> sendInOrder(List<OutboxEvent> events) {
        AtomicBoolean failed = new AtomicBoolean();
        return Multi.createFrom().iterable(events)
                .onItem().transformToUniAndConcatenate(event -> failed.get()
                        ? Uni.createFrom().item(false)
                        : send(event).onItem().transform(ignored -> {
                            event.publishedAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
                            event.attempts++;
                            metrics.published(event.eventType);
                            return true;
                        }).onFailure().recoverWithItem(error -> {
                            failed.set(true);
                            event.attempts++;
                            event.lastError = String.valueOf(error.getMessage());
                            LOG.warnf("event %s (%s) not published yet: %s", event.id, event.eventType, error.getMessage());
                            return false;
                        }))
                .filter(Boolean::booleanValue)
                .collect().asList()
                .map(List::size);
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
