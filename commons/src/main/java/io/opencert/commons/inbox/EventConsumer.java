package io.opencert.commons.inbox;

import io.opencert.commons.metrics.EventMetrics;
import io.opencert.events.EventType;
import io.opencert.events.Topics;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Takes a record from a topic: reads its CloudEvents attributes, runs the handler once through the {@link Inbox},
 * then acknowledges it. How a failure is handled depends on what it means ({@link Failure}): through an outage of the
 * infrastructure the record waits, retried with capped back-off for as long as it takes, and the partition's later
 * records wait behind it, so that the order holds and nothing is lost; {@link ConsumerStalls} reports a wait (or a
 * hang) to readiness. A poison record is nacked at once (unreadable, of an unknown type, from another source than
 * the service that owns its topic, not matching its event's JSON Schema, refused by a rule), and one that keeps
 * failing otherwise after a few retries: the channel's {@code dead-letter-queue} failure strategy parks it on
 * {@code <topic>.dlq} with the reason, and the partition moves on.
 */
@ApplicationScoped
public class EventConsumer {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    /** The header of a dead letter that names the service whose consumer gave the record up. */
    public static final String DEAD_LETTER_SERVICE = "dead-letter-service";
    private static final Duration FIRST_BACK_OFF = Duration.ofMillis(200);

    private final Inbox inbox;
    private final Instance<TopicHandler> handlers;
    private final EventSchemas schemas;
    private final ConsumerStalls stalls;
    private final EventMetrics metrics;
    private final int maxRetries;
    private final Duration maxBackOff;
    private final Metadata deadLetterMetadata;

    EventConsumer(Inbox inbox, EventSchemas schemas, ConsumerStalls stalls, EventMetrics metrics,
                  @Any Instance<TopicHandler> handlers,
                  @ConfigProperty(name = "cb.inbox.max-retries") int maxRetries,
                  @ConfigProperty(name = "cb.inbox.max-back-off") Duration maxBackOff,
                  @ConfigProperty(name = "quarkus.application.name") String service) {
        this.inbox = inbox;
        this.handlers = handlers;
        this.schemas = schemas;
        this.stalls = stalls;
        this.metrics = metrics;
        this.maxRetries = maxRetries;
        this.maxBackOff = maxBackOff;
        // several services consume a topic and share its dead-letter topic: each letter names the one that gave up
        this.deadLetterMetadata = Metadata.of(OutgoingKafkaRecordMetadata.builder()
                .withHeaders(new RecordHeaders().add(DEAD_LETTER_SERVICE, service.getBytes(StandardCharsets.UTF_8)))
                .build());
    }

    public Uni<Void> consume(Message<String> message, TopicHandler handler) {
        IncomingEvent event;
        try {
            event = read(message);
        } catch (RuntimeException e) {
            LOG.warnf("record without valid CloudEvents attributes: %s", e.getMessage());
            return deadLetter(message, "unknown",
                    new PoisonRecord("no valid CloudEvents attributes: " + e.getMessage()));
        }
        if (event.eventType().isEmpty()) {
            LOG.warnf("event %s of unknown type %s", event.id(), event.type());
            return deadLetter(message, event.type(), new PoisonRecord("unknown event type or version " + event.type()));
        }
        String topic = message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getTopic)
                .orElse(handler.topic());
        Optional<String> refused = refusal(event, topic);
        if (refused.isPresent()) {
            LOG.warnf("event %s (%s) refused: %s", event.id(), event.type(), refused.get());
            return deadLetter(message, event.type(), new PoisonRecord(refused.get()));
        }
        AtomicInteger retries = new AtomicInteger();
        stalls.taken(event);
        // the effect, and the events it writes to the outbox, belong to the trace of the request that caused this one
        Scope trace = TracingMetadata.fromMessage(message).map(TracingMetadata::getCurrentContext)
                .map(Context::makeCurrent).orElse(Scope.noop());
        return Uni.createFrom().deferred(() -> inbox.processOnce(event, handler::handle))
                .onFailure(error -> retried(event, error, retries)).retry()
                .withBackOff(FIRST_BACK_OFF, maxBackOff).indefinitely()
                .onItemOrFailure().transformToUni((done, error) -> {
                    stalls.done(event.id());
                    if (error != null) {
                        LOG.errorf(error, "event %s (%s) dead-lettered after %d retries", event.id(), event.type(),
                                retries.get());
                        return deadLetter(message, event.type(), error);
                    }
                    metrics.consumed(event.type(), done);
                    if (!done) {
                        LOG.debugf("event %s (%s) was processed before; ignored", event.id(), event.type());
                    }
                    return Uni.createFrom().completionStage(message.ack());
                })
                .onTermination().invoke(trace::close);
    }

    /**
     * Applies a dead letter's event here, once, through the inbox, as the consumer of {@code topic} would have: true
     * when it was applied now, false when it had been before. A {@link PoisonRecord} when the consumer would refuse it
     * again; the handler's failure when it fails again.
     */
    public Uni<Boolean> replay(IncomingEvent event, String topic) {
        Optional<String> refused = event.eventType().isEmpty()
                ? Optional.of("unknown event type or version " + event.type()) : refusal(event, topic);
        if (refused.isPresent()) {
            return Uni.createFrom().failure(new PoisonRecord(refused.get()));
        }
        TopicHandler handler = handlers.stream().filter(candidate -> candidate.topic().equals(topic)).findFirst()
                .orElse(null);
        if (handler == null) {
            return Uni.createFrom().failure(new PoisonRecord("this service does not consume " + topic));
        }
        return inbox.processOnce(event, handler::handle).invoke(done -> metrics.consumed(event.type(), done));
    }

    /**
     * Why an event of a known type is not to be trusted: it came from another source than the service that owns its
     * type's topic, or on another topic than its type's, or its data do not match its JSON Schema. Empty when it is
     * what it says.
     */
    private Optional<String> refusal(IncomingEvent event, String topic) {
        EventType type = event.eventType().orElseThrow();
        String owner = Topics.source(type.topic());
        if (!owner.equals(event.source())) {
            return Optional.of("source " + event.source() + " does not publish " + type.type() + "; only " + owner
                    + " does");
        }
        if (!topic.equals(type.topic())) {
            return Optional.of(type.type() + " travels on " + type.topic() + ", not on " + topic);
        }
        return schemas.violations(type, event.data()).map(why -> "schema-invalid: " + why);
    }

    private Uni<Void> deadLetter(Message<String> message, String type, Throwable reason) {
        String topic = message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getTopic)
                .orElse("unknown");
        metrics.deadLettered(topic, type);
        return Uni.createFrom().completionStage(message.nack(reason, deadLetterMetadata));
    }

    /** Whether to try again: always through an outage, a few times for an unknown failure, never for poison. */
    private boolean retried(IncomingEvent event, Throwable error, AtomicInteger retries) {
        Failure failure = Failure.of(error);
        metrics.failed(event.type(), failure.name().toLowerCase(Locale.ROOT));
        return switch (failure) {
            case TRANSIENT -> {
                if (stalls.waiting(event, error)) {
                    LOG.warnf("event %s (%s) waits for the infrastructure: %s", event.id(), event.type(),
                            error.getMessage());
                }
                yield true;
            }
            case UNKNOWN -> {
                if (retries.get() >= maxRetries) {
                    yield false;
                }
                retries.incrementAndGet();
                yield true;
            }
            case POISON -> false;
        };
    }

    static IncomingEvent read(Message<String> message) {
        @SuppressWarnings("unchecked")
        IncomingCloudEventMetadata<String> ce = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new IllegalArgumentException("not a CloudEvent"));
        return new IncomingEvent(UUID.fromString(ce.getId()), ce.getType(), String.valueOf(ce.getSource()),
                ce.getSubject().orElse(null), message.getPayload());
    }
}
