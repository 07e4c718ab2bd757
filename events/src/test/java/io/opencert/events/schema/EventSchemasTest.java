package io.opencert.events.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencert.events.EventType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the committed schemas equal to the ones generated from the records. Run with {@code -Dschemas.update=true}
 * to rewrite them after a record changed.
 */
class EventSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void committedSchemasAreGeneratedFromTheRecords() throws IOException {
        EventSchemaGenerator generator = new EventSchemaGenerator();
        boolean update = Boolean.getBoolean("schemas.update");
        List<Path> drifted = new ArrayList<>();
        for (EventType type : EventType.values()) {
            Path file = EventSchemaGenerator.fileOf(type);
            var generated = generator.schemaOf(type);
            if (update) {
                Files.writeString(file, EventSchemaGenerator.toJson(generated));
            } else if (!Files.exists(file) || !JSON.readTree(file.toFile()).equals(generated)) {
                drifted.add(file);
            }
        }
        assertThat(drifted).as("schemas that differ from their records; run the build with -Dschemas.update=true").isEmpty();
    }

    @Test
    void everySchemaFileBelongsToAnEventType() throws IOException {
        try (Stream<Path> files = Files.list(EventSchemaGenerator.SCHEMA_DIR)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .allSatisfy(name -> assertThat(name).endsWith(".json")
                            .satisfies(n -> assertThat(EventType.ofType(n.substring(0, n.length() - ".json".length())))
                                    .as("event type of %s", n).isPresent()));
        }
    }
}
