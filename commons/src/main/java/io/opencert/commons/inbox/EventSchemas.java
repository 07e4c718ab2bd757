package io.opencert.commons.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.opencert.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The JSON Schemas of the events (resources {@code schemas/<type>.json} of the events module): a consumer checks a
 * record's data against its type's schema before anything else reads it.
 */
@ApplicationScoped
public class EventSchemas {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // format is only an annotation in 2020-12 unless asserted: uuid, date and date-time are part of the contract
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private final ObjectMapper json = new ObjectMapper();
    private final Map<EventType, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** What makes {@code data} invalid for the schema of {@code type}; empty when it conforms. */
    public Optional<String> violations(EventType type, String data) {
        JsonNode node;
        try {
            node = json.readTree(data);
        } catch (JsonProcessingException e) {
            return Optional.of("data is no JSON: " + e.getOriginalMessage());
        }
        var messages = schemas.computeIfAbsent(type, EventSchemas::load).validate(node);
        return messages.isEmpty() ? Optional.empty() : Optional.of(messages.stream().map(ValidationMessage::getMessage)
                .sorted().collect(Collectors.joining("; ")));
    }

    private static JsonSchema load(EventType type) {
        try (InputStream schema = EventType.class.getResourceAsStream("/schemas/" + type.type() + ".json")) {
            if (schema == null) {
                throw new IllegalStateException("no schema for " + type.type());
            }
            return FACTORY.getSchema(schema, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
