package io.opencert.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Strict validation of rendered objects, as the API server with field validation "Strict" would do it: built-in
 * kinds through the fabric8 Kubernetes model (a wrong type fails to bind; a field the API does not have lands in a
 * model object's additional properties, which must stay empty), the operators' kinds against the
 * {@code openAPIV3Schema} of their CRDs (under {@code crds/}), where every object schema that names its properties
 * refuses any other, unless it says {@code x-kubernetes-preserve-unknown-fields}.
 */
final class StrictSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Class<?>> BUILT_IN = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    private static final JsonNode TEXT = JSON.createObjectNode().put("type", "string");
    private static final JsonNode OBJECT = JSON.createObjectNode().put("type", "object");

    private final Map<String, JsonSchema> custom = new HashMap<>();

    StrictSchemas() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        for (Path crd : crdFiles()) {
            JsonNode definition = read(crd);
            String group = definition.path("spec").path("group").asText();
            String kind = definition.path("spec").path("names").path("kind").asText();
            for (JsonNode version : definition.path("spec").path("versions")) {
                if (version.path("served").asBoolean()) {
                    // the API server itself takes apiVersion, kind and metadata, which some CRDs leave out
                    ObjectNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                    ObjectNode properties = schema.withObject("properties");
                    List.of("apiVersion", "kind").forEach(p -> properties.putIfAbsent(p, TEXT));
                    properties.putIfAbsent("metadata", OBJECT);
                    strict(schema);
                    custom.put(group + "/" + version.path("name").asText() + "/" + kind, factory.getSchema(schema));
                }
            }
        }
    }

    /** What is wrong with the object; empty when the API server would take it. */
    List<String> violations(ObjectNode object) {
        String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        List<String> wrong = new ArrayList<>();
        Class<?> model = BUILT_IN.get(type);
        JsonSchema schema = custom.get(type);
        if (model != null) {
            wrong.addAll(bindStrictly(object, model));
        } else if (schema != null) {
            schema.validate(object).stream().map(ValidationMessage::getMessage).forEach(wrong::add);
            wrong.addAll(bindStrictly(object.path("metadata"), ObjectMeta.class));
        } else {
            wrong.add("no schema for " + type + " (neither a Kubernetes kind the chart may use nor an operator's CRD)");
        }
        return wrong;
    }

    private static List<String> bindStrictly(JsonNode node, Class<?> model) {
        Object bound;
        try {
            bound = JSON.treeToValue(node, model);
        } catch (IOException e) {
            return List.of(e.getMessage());
        }
        List<String> unknown = new ArrayList<>();
        unknownFields(bound, "$", unknown, new IdentityHashMap<>());
        return unknown;
    }

    /** Walks the bound model: every non-empty map of additional properties is a field the API does not know. */
    private static void unknownFields(Object value, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, true) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "." + key, unknown, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Class<?> c = value.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object fieldValue;
                try {
                    fieldValue = field.get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (field.getName().equals("additionalProperties")) {
                    if (fieldValue instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        unknown.add(path + ": unknown field(s) " + extra.keySet());
                    }
                } else {
                    unknownFields(fieldValue, path + "." + field.getName(), unknown, seen);
                }
            }
        }
    }

    /** The schema with {@code additionalProperties: false} wherever an object schema lists its properties. */
    private static JsonNode strict(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
                object.put("additionalProperties", false);
            }
            object.properties().forEach(e -> strict(e.getValue()));
        } else if (schema instanceof ArrayNode array) {
            array.forEach(StrictSchemas::strict);
        }
        return schema;
    }

    private static List<Path> crdFiles() {
        try (Stream<Path> files = Files.walk(Path.of(StrictSchemas.class.getResource("/crds").toURI()))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(Path yaml) {
        try (InputStream in = Files.newInputStream(yaml)) {
            return RenderedChart.YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
