package io.opencert.events.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.TypeScope;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import io.opencert.events.EventType;
import io.opencert.events.Nullable;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Derives the JSON Schema (draft 2020-12) of each event's data from its payload record, as {@code EventJson}
 * writes it: every component required and not null unless {@link Nullable}, enums by name, UUIDs, dates and instants as formatted strings.
 */
final class EventSchemaGenerator {
    static final Path SCHEMA_DIR = Path.of("src/main/resources/schemas");

    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private final SchemaGenerator generator;

    EventSchemaGenerator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.STANDARD_FORMATS, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
        config.forFields()
                .withRequiredCheck(field -> field.getAnnotationConsideringFieldAndGetter(Nullable.class) == null)
                .withNullableCheck(field -> field.getAnnotationConsideringFieldAndGetter(Nullable.class) != null);
        config.forTypesInGeneral()
                .withPropertySorter(Comparator.comparingInt(EventSchemaGenerator::componentIndex))
                .withTypeAttributeOverride(EventSchemaGenerator::enumKeysAsPropertyNames);
        generator = new SchemaGenerator(config.build());
    }

    static Path fileOf(EventType type) {
        return SCHEMA_DIR.resolve(type.type() + ".json");
    }

    ObjectNode schemaOf(EventType type) {
        ObjectNode generated = generator.generateSchema(type.payloadClass());
        ObjectNode schema = generated.objectNode();
        schema.set("$schema", generated.remove("$schema"));
        schema.put("title", type.payloadClass().getSimpleName());
        schema.put("description", "Data of the CloudEvents type " + type.type() + " on the Kafka topic " + type.topic() + ".");
        schema.setAll(generated);
        return schema;
    }

    static String toJson(JsonNode schema) {
        try {
            return WRITER.writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Declaration order, as Jackson writes records, instead of the generator's alphabetical default. */
    private static int componentIndex(MemberScope<?, ?> member) {
        RecordComponent[] components = member.getDeclaringType().getErasedType().getRecordComponents();
        List<String> names = components == null ? List.of() : Arrays.stream(components).map(RecordComponent::getName).toList();
        return names.indexOf(member.getDeclaredName());
    }

    /** Jackson writes enum map keys by name; the generator alone would allow any key. */
    private static void enumKeysAsPropertyNames(ObjectNode node, TypeScope scope, SchemaGenerationContext context) {
        if (!scope.getType().isInstanceOf(Map.class)) {
            return;
        }
        ResolvedType keyType = scope.getTypeParameterFor(Map.class, 0);
        if (keyType != null && keyType.isInstanceOf(Enum.class)) {
            var names = node.putObject("propertyNames").putArray("enum");
            Arrays.stream(keyType.getErasedType().getEnumConstants()).map(c -> ((Enum<?>) c).name()).forEach(names::add);
        }
    }
}
