package io.opencert.commons.testing;

import io.opencert.events.EventJson;
import io.opencert.events.EventPayload;
import io.opencert.events.EventType;
import io.opencert.events.Topics;
import io.smallrye.reactive.messaging.ce.CloudEventMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.impl.DefaultIncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Builds and reads the messages of the in-memory connector the way the Kafka connector does in binary mode. */
public final class CloudEvents {
    private static final String OUTBOX_CHANNEL = "outbox";

    public static Message<String> incoming(EventPayload payload) {
        return incoming(payload, UUID.randomUUID());
    }

    /** The same id twice is a redelivery. */
    public static Message<String> incoming(EventPayload payload, UUID id) {
        String json = EventJson.write(payload);
        EventType type = EventType.of(payload.getClass());
        // from the service that owns the event's topic, as the consumers require
        return Message.of(json, Metadata.of(new DefaultIncomingCloudEventMetadata<>(
                CloudEventMetadata.CE_VERSION_1_0, id.toString(), URI.create(Topics.source(type.topic())), type.type(),
                "application/json", null, payload.subject(), ZonedDateTime.now(), Map.of(), json)));
    }

    /**
     * Delivers the event to an in-memory incoming channel with this CloudEvents id (the same id twice is a
     * redelivery) and returns once the consumer has acknowledged it; a nack fails the test.
     */
    public static void deliver(InMemoryConnector connector, String channel, EventPayload payload, UUID id) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        connector.<Message<String>>source(channel).send(incoming(payload, id)
                .withAck(() -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(error -> {
                    acknowledged.completeExceptionally(error);
                    return CompletableFuture.completedFuture(null);
                }));
        acknowledged.orTimeout(20, TimeUnit.SECONDS).join();
    }

    /** The CloudEvents attributes of a message the outbox relay sent. */
    public static OutgoingCloudEventMetadata<?> attributes(Message<?> sent) {
        return sent.getMetadata(OutgoingCloudEventMetadata.class)
                .orElseThrow(() -> new AssertionError("message without CloudEvents metadata"));
    }

    public static <T extends EventPayload> T data(Message<?> sent, Class<T> type) {
        return EventJson.read((String) sent.getPayload(), type);
    }

    /** An event as the outbox relay sent it: its CloudEvents attributes and its data. */
    public record Published<T extends EventPayload>(OutgoingCloudEventMetadata<?> attributes, T data) {
    }

    /** Waits until the outbox relay has sent an event of this type that matches, and returns it. */
    public static <T extends EventPayload> Published<T> published(InMemoryConnector connector, Class<T> payload,
                                                                  Predicate<T> which) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> allPublished(connector, payload).stream()
                .filter(event -> which.test(event.data()))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    /** Every event of this type the outbox relay has sent so far. */
    public static <T extends EventPayload> List<Published<T>> allPublished(InMemoryConnector connector, Class<T> payload) {
        String type = EventType.of(payload).type();
        return connector.<String>sink(OUTBOX_CHANNEL).received().stream()
                .flatMap(message -> message.getMetadata(OutgoingCloudEventMetadata.class)
                        .filter(attributes -> type.equals(attributes.getType()))
                        .map(attributes -> new Published<>(attributes, EventJson.read(message.getPayload(), payload)))
                        .stream())
                .toList();
    }

    private CloudEvents() {
    }
}
