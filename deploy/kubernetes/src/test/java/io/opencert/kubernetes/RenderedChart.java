package io.opencert.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/** The chart as {@code helm template} renders it with one values file: its objects, in order. */
record RenderedChart(String valuesFile, List<ObjectNode> objects) {
    static final Path CHART = Path.of("opencert").toAbsolutePath();
    static final String RELEASE = "opencert";
    static final String NAMESPACE = "certification";
    /** The oldest Kubernetes the chart supports (Chart.yaml's kubeVersion): the objects must be valid there. */
    static final String KUBERNETES = "v1.29.0";
    static final ObjectMapper YAML = new YAMLMapper();

    static RenderedChart render(String valuesFile) {
        String manifests = new Helm(CHART).template().withName(RELEASE).withNamespace(NAMESPACE)
                .withKubeVersion(KUBERNETES).withValuesFile(CHART.resolve(valuesFile)).call();
        List<ObjectNode> objects = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(manifests)) {
            for (var docs = YAML.readValues(parser, JsonNode.class); docs.hasNext(); ) {
                JsonNode doc = docs.next();
                if (doc instanceof ObjectNode object) {
                    objects.add(object);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(valuesFile + " renders unreadable YAML", e);
        }
        return new RenderedChart(valuesFile, objects);
    }

    List<ObjectNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    ObjectNode named(String kind, String name) {
        Predicate<ObjectNode> named = o -> name.equals(o.path("metadata").path("name").asText());
        return ofKind(kind).stream().filter(named).findFirst()
                .orElseThrow(() -> new NoSuchElementException(valuesFile + ": no " + kind + " " + name));
    }

    static String describe(JsonNode object) {
        return object.path("kind").asText() + " " + object.path("metadata").path("name").asText();
    }
}
