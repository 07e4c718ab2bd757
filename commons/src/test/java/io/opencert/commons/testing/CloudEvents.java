package io.opencert.commons.testing;

import io.opencert.events.EventJson;
import io.opencert.events.EventPayload;
import io.opencert.events.EventType;
import io.smallrye.reactive.messaging.ce.CloudEventMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.impl.DefaultIncomingCloudEventMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

/** Builds and reads the messages of the in-memory connector the way the Kafka connector does in binary mode. */
public final class CloudEvents {

    public static Message<String> incoming(EventPayload payload) {
        return incoming(payload, UUID.randomUUID());
    }

    /** The same id twice is a redelivery. */
    public static Message<String> incoming(EventPayload payload, UUID id) {
        String json = EventJson.write(payload);
        return Message.of(json, Metadata.of(new DefaultIncomingCloudEventMetadata<>(id.toString(),
                CloudEventMetadata.CE_VERSION_1_0, URI.create("/test"), EventType.of(payload.getClass()).type(),
                "application/json", null, payload.subject(), ZonedDateTime.now(), Map.of(), json)));
    }

    /** The CloudEvents attributes of a message the outbox relay sent. */
    public static OutgoingCloudEventMetadata<?> attributes(Message<?> sent) {
        return sent.getMetadata(OutgoingCloudEventMetadata.class)
                .orElseThrow(() -> new AssertionError("message without CloudEvents metadata"));
    }

    public static <T extends EventPayload> T data(Message<?> sent, Class<T> type) {
        return EventJson.read((String) sent.getPayload(), type);
    }

    private CloudEvents() {
    }
}
