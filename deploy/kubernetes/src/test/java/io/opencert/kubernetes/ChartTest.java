package io.opencert.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.opencert.localstack.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Helm chart rendered by Helm with each values file: every object valid for the Kubernetes API and the operators'
 * CRDs, and the whole consistent with the services' code (topics, rights, databases, environment, routes, images).
 */
class ChartTest {
    static final List<String> VALUES_FILES = List.of("values.yaml", "values-small.yaml", "values-large.yaml");
    static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    private static final Map<String, RenderedChart> RENDERED = new ConcurrentHashMap<>();
    private static final StrictSchemas SCHEMAS = new StrictSchemas();

    static RenderedChart chart(String valuesFile) {
        return RENDERED.computeIfAbsent(valuesFile, RenderedChart::render);
    }

    @Test
    void helmLintFindsNothing() {
        LintResult lint = new Helm(RenderedChart.CHART).lint().strict().call();
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"values.yaml", "values-small.yaml", "values-large.yaml"})
    void everyObjectIsValidForTheApiAndTheOperators(String valuesFile) {
        RenderedChart chart = chart(valuesFile);
        List<String> wrong = new ArrayList<>();
        for (ObjectNode object : chart.objects()) {
            SCHEMAS.violations(object).forEach(v -> wrong.add(RenderedChart.describe(object) + ": " + v));
        }
        assertThat(wrong).as(valuesFile).isEmpty();
        assertThat(chart.ofKind("Deployment")).hasSize(Platform.SERVICES.size());
        assertThat(chart.ofKind("HorizontalPodAutoscaler")).hasSize(Platform.SERVICES.size());
        assertThat(chart.ofKind("PodDisruptionBudget")).hasSize(Platform.SERVICES.size());
        assertThat(chart.ofKind("Ingress")).hasSize(1);
        assertThat(chart.ofKind("Kafka")).hasSize(1);
        assertThat(chart.ofKind("Cluster")).hasSize(1);
        assertThat(chart.ofKind("Keycloak")).hasSize(1);
        assertThat(chart.ofKind("KeycloakRealmImport")).hasSize(1);
    }

    @Test
    void aWrongFieldIsCaught() {
        ObjectNode deployment = chart("values.yaml").ofKind("Deployment").getFirst().deepCopy();
        ((ObjectNode) deployment.path("spec")).put("replica", 2);
        ObjectNode topic = chart("values.yaml").ofKind("KafkaTopic").getFirst().deepCopy();
        ((ObjectNode) topic.path("spec")).put("partitions", "three");
        ObjectNode user = chart("values.yaml").ofKind("KafkaUser").getFirst().deepCopy();
        ((ObjectNode) user.path("spec").path("authentication")).put("mechanism", "scram");

        ObjectNode cluster = chart("values.yaml").ofKind("Cluster").getFirst().deepCopy();
        ((ObjectNode) cluster.path("spec").path("storage")).put("sizeInGb", 10);
        ObjectNode keycloak = chart("values.yaml").ofKind("Keycloak").getFirst().deepCopy();
        ((ObjectNode) keycloak.path("spec").path("http")).put("httpEnabled", "yes");
        ObjectNode kafka = chart("values.yaml").ofKind("Kafka").getFirst().deepCopy();
        ((ObjectNode) kafka.path("spec").path("kafka").path("listeners").get(0)).remove("tls");
        ((ObjectNode) kafka.path("metadata")).put("label", "x");

        assertThat(SCHEMAS.violations(deployment)).anyMatch(v -> v.contains("replica"));
        assertThat(SCHEMAS.violations(cluster)).anyMatch(v -> v.contains("sizeInGb"));
        assertThat(SCHEMAS.violations(keycloak)).anyMatch(v -> v.contains("httpEnabled"));
        assertThat(SCHEMAS.violations(kafka)).anyMatch(v -> v.contains("tls")).anyMatch(v -> v.contains("label"));
        assertThat(SCHEMAS.violations(topic)).isNotEmpty();
        assertThat(SCHEMAS.violations(user)).anyMatch(v -> v.contains("mechanism"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"values.yaml", "values-small.yaml", "values-large.yaml"})
    void everyTopicTheServicesUseIsAKafkaTopicWithThreeReplicas(String valuesFile) {
        RenderedChart chart = chart(valuesFile);
        Set<String> topics = new TreeSet<>();
        for (ObjectNode topic : chart.ofKind("KafkaTopic")) {
            String name = topic.path("spec").path("topicName").asText(topic.path("metadata").path("name").asText());
            topics.add(name);
            assertThat(topic.path("spec").path("replicas").asInt()).as(name).isEqualTo(3);
            assertThat(topic.path("metadata").path("labels").path("strimzi.io/cluster").asText())
                    .isEqualTo(chart.ofKind("Kafka").getFirst().path("metadata").path("name").asText());
        }
        assertThat(topics).containsExactlyInAnyOrderElementsOf(Platform.allTopics());
        assertThat(chart.ofKind("KafkaNodePool").stream().mapToInt(p -> p.path("spec").path("replicas").asInt()).sum())
                .as("brokers for replication 3").isGreaterThanOrEqualTo(3);
    }

    @Test
    void eachServiceMayWriteItsOwnTopicAndReadWhatItConsumesNothingElse() {
        RenderedChart chart = chart("values.yaml");
        assertThat(chart.ofKind("KafkaUser").stream().map(u -> u.path("metadata").path("name").asText()))
                .containsExactlyInAnyOrderElementsOf(Platform.SERVICES);
        for (String service : Platform.SERVICES) {
            Set<String> granted = new TreeSet<>();
            for (JsonNode acl : chart.named("KafkaUser", service).path("spec").path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                assertThat(resource.path("patternType").asText("literal")).isEqualTo("literal");
                acl.path("operations").forEach(op -> granted.add(
                        resource.path("type").asText() + " " + resource.path("name").asText() + " " + op.asText()));
            }
            // as the local stack grants them (KafkaBroker.grant)
            Set<String> expected = new TreeSet<>();
            expected.add("topic " + Platform.topicOf(service) + " Write");
            expected.add("topic " + Platform.topicOf(service) + " Describe");
            for (String consumed : Platform.CONSUMED_TOPICS.get(service)) {
                List.of("Read", "Describe").forEach(op -> expected.add("topic " + consumed + " " + op));
                List.of("Write", "Read", "Describe").forEach(op -> expected.add("topic " + consumed + ".dlq " + op));
            }
            expected.add("group " + service + " Read");
            assertThat(granted).as(service).isEqualTo(expected);
            assertThat(chart.named("KafkaUser", service).path("spec").path("authentication").path("type").asText())
                    .isEqualTo("scram-sha-512");
        }
    }

    @Test
    void everyServiceHasItsDatabaseOwnedByItsOwnRole() {
        RenderedChart chart = chart("values.yaml");
        Map<String, String> ownerOf = new TreeMap<>();
        chart.ofKind("Database").forEach(d -> ownerOf.put(d.path("spec").path("name").asText(), d.path("spec").path("owner").asText()));
        assertThat(ownerOf.keySet()).containsAll(Platform.DATABASES.values());
        Map<String, String> roleBySecret = new TreeMap<>();
        chart.ofKind("Cluster").getFirst().path("spec").path("managed").path("roles").forEach(r ->
                roleBySecret.put(r.path("passwordSecret").path("name").asText(), r.path("name").asText()));

        Set<String> roles = new HashSet<>();
        for (String service : Platform.SERVICES) {
            String database = Platform.DATABASES.get(service);
            Map<String, String> env = environment(chart, service);
            assertThat(env.get("QUARKUS_DATASOURCE_REACTIVE_URL")).as(service).endsWith(":5432/" + database);
            assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL")).as(service).endsWith(":5432/" + database);
            String credentials = secretOf(env.get("QUARKUS_DATASOURCE_USERNAME"));
            assertThat(secretOf(env.get("QUARKUS_DATASOURCE_PASSWORD"))).isEqualTo(credentials);
            String role = roleBySecret.get(credentials);
            assertThat(role).as("CloudNativePG manages the role of " + service).isNotNull();
            assertThat(ownerOf.get(database)).as(service + " owns " + database).isEqualTo(role);
            assertThat(roles.add(role)).as("a role of its own for " + service).isTrue();
        }
    }

    @Test
    void everyEnvironmentVariableAServiceNeedsIsSetAndEverySecretIsMadeBeforeOrByAnOperator() throws IOException {
        RenderedChart chart = chart("values.yaml");
        Set<String> secrets = new TreeSet<>();
        for (String service : Platform.SERVICES) {
            Map<String, String> env = environment(chart, service);
            assertThat(env.keySet()).as(service).containsAll(requiredEnvironment(service));
            assertThat(env).as("%s runs in its production profile", service).doesNotContainKey("QUARKUS_PROFILE");
            env.values().stream().filter(v -> v.startsWith("secret:")).map(ChartTest::secretOf).forEach(secrets::add);
        }
        JsonNode keycloakDb = chart.ofKind("Keycloak").getFirst().path("spec").path("db");
        secrets.add(keycloakDb.path("usernameSecret").path("name").asText());
        secrets.add(keycloakDb.path("passwordSecret").path("name").asText());
        chart.ofKind("Cluster").getFirst().path("spec").path("managed").path("roles")
                .forEach(r -> secrets.add(r.path("passwordSecret").path("name").asText()));

        Set<String> madeByStrimzi = new TreeSet<>();
        chart.ofKind("KafkaUser").forEach(u -> madeByStrimzi.add(u.path("metadata").path("name").asText()));
        Set<String> madeBeforeTheInstall = new TreeSet<>();
        Matcher loop = Pattern.compile("for owner in ([a-z -]+); do").matcher(Files.readString(REPOSITORY.resolve("README.md")));
        assertThat(loop.find()).as("README's install makes the database secrets").isTrue();
        for (String owner : loop.group(1).trim().split(" +")) {
            madeBeforeTheInstall.add(owner + "-db");
        }
        Set<String> unmade = new TreeSet<>(secrets);
        unmade.removeAll(madeByStrimzi);
        unmade.removeAll(madeBeforeTheInstall);
        assertThat(unmade).as("secrets nobody makes").isEmpty();
    }

    @Test
    void probesAskTheManagementInterface() {
        RenderedChart chart = chart("values.yaml");
        for (String service : Platform.SERVICES) {
            JsonNode container = chart.named("Deployment", service).path("spec").path("template").path("spec")
                    .path("containers").get(0);
            assertThat(environment(chart, service).get("QUARKUS_MANAGEMENT_PORT")).isEqualTo("9000");
            assertThat(StreamSupport.stream(container.path("ports").spliterator(), false)
                    .filter(p -> p.path("name").asText().equals("management")).map(p -> p.path("containerPort").asInt()))
                    .containsExactly(9000);
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                assertThat(container.path(probe).path("httpGet").path("port").asText()).as(service + " " + probe)
                        .isEqualTo("management");
            }
            assertThat(container.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/started");
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        }
        assertThat(commonsConfiguration().getProperty("quarkus.management.enabled"))
                .as("the packaged services answer health on the management interface").isEqualTo("true");
    }

    @Test
    void theIngressRoutesEveryApiPathToTheServiceThatAnswersIt() throws IOException {
        JsonNode ingress = chart("values.yaml").ofKind("Ingress").getFirst();
        JsonNode rule = ingress.path("spec").path("rules").get(0);
        assertThat(rule.path("host").asText()).isEqualTo("opencert.example.org");
        Map<String, String> routes = new LinkedHashMap<>();
        rule.path("http").path("paths").forEach(p -> {
            assertThat(p.path("pathType").asText()).isEqualTo("Prefix");
            assertThat(routes.put(p.path("path").asText(), p.path("backend").path("service").path("name").asText()))
                    .as("one service per path " + p.path("path").asText()).isNull();
        });
        List<String> wrong = new ArrayList<>();
        for (String service : Platform.SERVICES) {
            JsonNode document = new ObjectMapper().readTree(REPOSITORY.resolve("docs/api/" + service + ".json").toFile());
            document.path("paths").fieldNames().forEachRemaining(path -> {
                String routed = route(routes, path);
                boolean operational = path.startsWith("/api/v1/admin/");
                if (operational ? routed != null : !service.equals(routed)) {
                    wrong.add(path + " of " + service + " goes to " + routed);
                }
            });
        }
        assertThat(wrong).as("paths routed elsewhere (operational /api/v1/admin/* stay inside the cluster)").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"values.yaml", "values-small.yaml", "values-large.yaml"})
    void imagesAreTheOnesTheBuildMakesAndTheHeapFitsTheLimit(String valuesFile) {
        RenderedChart chart = chart(valuesFile);
        for (String service : Platform.SERVICES) {
            JsonNode container = chart.named("Deployment", service).path("spec").path("template").path("spec")
                    .path("containers").get(0);
            assertThat(container.path("image").asText())
                    .isEqualTo("opencert/" + service + ":" + System.getProperty("opencert.version"));
            Matcher heap = Pattern.compile("-Xmx(\\d+)m").matcher(environment(chart, service).get("JAVA_OPTS_APPEND"));
            assertThat(heap.find()).as(service + " has a fixed heap").isTrue();
            long limitMi = mebibytes(container.path("resources").path("limits").path("memory").asText());
            assertThat(limitMi).as("%s: memory limit against heap %s MiB", service, heap.group(1))
                    .isGreaterThanOrEqualTo(Long.parseLong(heap.group(1)) * 3 / 2);
        }
    }

    @Test
    void dockerComposeRunsTheImagesTheChartRuns() throws IOException {
        JsonNode compose = RenderedChart.YAML.readTree(REPOSITORY.resolve("docker-compose.yml").toFile());
        for (String service : Platform.SERVICES) {
            JsonNode container = chart("values.yaml").named("Deployment", service).path("spec").path("template")
                    .path("spec").path("containers").get(0);
            assertThat(compose.path("services").path(service).path("image").asText()).as(service)
                    .isEqualTo(container.path("image").asText());
            assertThat(compose.path("services").path(service).has("build")).as(service + " is not built by compose")
                    .isFalse();
        }
        assertThat(commonsConfiguration().getProperty("quarkus.container-image.group")).isEqualTo("opencert");
        assertThat(commonsConfiguration().getProperty("quarkus.container-image.build")).isEqualTo("false");
    }

    @Test
    void theSmallInstallationRunsTheServicesAsTheLocalRunDoes() {
        Map<String, String> env = environment(chart("values.yaml"), "client-service");
        assertThat(env.get("JAVA_OPTS_APPEND")).startsWith(String.join(" ", Platform.SMALL_SERVICE_JVM));
    }

    @Test
    void keycloakGetsTheProductionRealmForTheChartsHost() {
        JsonNode realm = chart("values.yaml").ofKind("KeycloakRealmImport").getFirst().path("spec").path("realm");
        assertThat(realm.has("users")).as("no users in production").isFalse();
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(client.path("clientId").asText()).isFalse();
            if (client.path("clientId").asText().equals("cb-app")) {
                assertThat(client.path("redirectUris").toString()).contains("https://opencert.example.org/*");
            }
        }
    }

    /** The longest Prefix path (by whole path elements, as Kubernetes matches) that matches, its service or null. */
    private static String route(Map<String, String> routes, String path) {
        String best = null;
        for (String prefix : routes.keySet()) {
            boolean matches = path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
            if (matches && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? null : routes.get(best);
    }

    private static String secretOf(String reference) {
        assertThat(reference).startsWith("secret:");
        return reference.substring("secret:".length()).split("/")[0];
    }

    /**
     * A service's container environment: ConfigMap entries by value, secret references as "secret:name/key".
     */
    static Map<String, String> environment(RenderedChart chart, String service) {
        JsonNode container = chart.named("Deployment", service).path("spec").path("template").path("spec")
                .path("containers").get(0);
        Map<String, String> env = new TreeMap<>();
        for (JsonNode from : container.path("envFrom")) {
            chart.named("ConfigMap", from.path("configMapRef").path("name").asText()).path("data").properties()
                    .forEach(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        for (JsonNode variable : container.path("env")) {
            JsonNode secret = variable.path("valueFrom").path("secretKeyRef");
            env.put(variable.path("name").asText(), secret.isMissingNode() ? variable.path("value").asText()
                    : "secret:" + secret.path("name").asText() + "/" + secret.path("key").asText());
        }
        return env;
    }

    /**
     * What a service needs from its environment in production, from its configuration: every {@code ${VARIABLE}} of
     * the prod profile, every property whose default is an address of the local machine, and the datasource, which
     * no profile configures.
     */
    static Set<String> requiredEnvironment(String service) {
        Set<String> required = new TreeSet<>(Set.of("QUARKUS_DATASOURCE_REACTIVE_URL", "QUARKUS_DATASOURCE_JDBC_URL",
                "QUARKUS_DATASOURCE_USERNAME"));
        for (Properties configuration : List.of(commonsConfiguration(),
                load(REPOSITORY.resolve(service + "/src/main/resources/application.properties")))) {
            configuration.forEach((key, value) -> {
                String property = key.toString();
                if (property.startsWith("%prod.")) {
                    Matcher variable = Pattern.compile("\\$\\{([A-Z0-9_]+)}").matcher(value.toString());
                    while (variable.find()) {
                        required.add(variable.group(1));
                    }
                } else if (!property.startsWith("%") && value.toString().matches(".*(127\\.0\\.0\\.1|localhost).*")) {
                    required.add(property.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
                }
            });
        }
        return required;
    }

    static Properties commonsConfiguration() {
        return load(REPOSITORY.resolve("commons/src/main/resources/META-INF/microprofile-config.properties"));
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        assertThat(quantity).endsWith("Mi");
        return Long.parseLong(quantity.substring(0, quantity.length() - 2));
    }
}
