package io.opencert.commons.inbox;

import io.opencert.events.EventJson;
import io.opencert.events.EventPayload;
import io.opencert.events.EventType;

import java.util.Optional;
import java.util.UUID;

/** A consumed event: its CloudEvents attributes and its JSON data. */
public record IncomingEvent(UUID id, String type, String source, String subject, String data) {

    public Optional<EventType> eventType() {
        return EventType.ofType(type);
    }

    public <T extends EventPayload> T data(Class<T> payloadClass) {
        return EventJson.read(data, payloadClass);
    }
}
