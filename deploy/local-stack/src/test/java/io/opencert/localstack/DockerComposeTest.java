package io.opencert.localstack;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Structure of the root docker-compose.yml (no Docker engine here; `docker-compose config` also validates it). */
class DockerComposeTest {

    static Path root;
    static Map<String, Object> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws Exception {
        root = LocalPlatform.repoRoot();
        LoaderOptions options = new LoaderOptions();
        try (Reader r = Files.newBufferedReader(root.resolve("docker-compose.yml"))) {
            Map<String, Object> doc = new Yaml(options).load(r);
            services = (Map<String, Object>) doc.get("services");
        }
        assertNotNull(services);
    }

    @Test
    void infrastructureImagesAndHealthChecks() {
        assertEquals("postgres:16", svc("postgres").get("image"));
        assertEquals("apache/kafka:4.1.1", svc("kafka").get("image"));
        assertEquals("quay.io/keycloak/keycloak:26.5.6", svc("keycloak").get("image"));
        for (String s : List.of("postgres", "kafka", "keycloak")) {
            assertNotNull(map(svc(s), "healthcheck").get("test"), s + " has a health check");
        }
        assertTrue(String.valueOf(svc("keycloak").get("command")).contains("--import-realm"));
        assertTrue(String.valueOf(svc("keycloak").get("volumes")).contains("./deploy/keycloak/certification-realm.json:"
                + "/opt/keycloak/data/import/"));
        String pgVolumes = String.valueOf(svc("postgres").get("volumes"));
        assertTrue(pgVolumes.contains("/docker-entrypoint-initdb.d/"), pgVolumes);
        String init = read(root.resolve("deploy/postgres/init-databases.sql"));
        for (String db : Platform.DATABASES.values()) {
            assertTrue(init.contains("CREATE DATABASE " + db + ";"), db);
        }
        Map<String, Object> kafkaEnv = map(svc("kafka"), "environment");
        assertEquals("broker,controller", kafkaEnv.get("KAFKA_PROCESS_ROLES"));
        String topicsScript = String.valueOf(svc("kafka-setup").get("command"));
        for (String t : Platform.TOPICS) {
            assertTrue(topicsScript.contains(t), t);
        }
        assertTrue(topicsScript.contains(".dlq"));
    }

    @Test
    void theBrokerRequiresAuthenticationAndEachServiceMayUseOnlyItsTopics() {
        Map<String, Object> kafkaEnv = map(svc("kafka"), "environment");
        assertEquals("INTERNAL:SASL_PLAINTEXT,EXTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                kafkaEnv.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"));
        assertEquals("org.apache.kafka.metadata.authorizer.StandardAuthorizer", kafkaEnv.get("KAFKA_AUTHORIZER_CLASS_NAME"));
        assertEquals("false", kafkaEnv.get("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND"));
        String setup = String.valueOf(svc("kafka-setup").get("command"));
        for (String service : Platform.SERVICES) {
            String password = service.toUpperCase().replace('-', '_') + "_PASSWORD";
            String grant = "user " + service + " \"$$" + password + "\" " + Platform.topicOf(service) + " "
                    + String.join(" ", Platform.CONSUMED_TOPICS.get(service));
            assertTrue(setup.contains(grant + "\n"), "the setup grants " + service + " exactly its topics: " + grant);
            assertEquals("${" + service.toUpperCase().replace('-', '_') + "_KAFKA_PASSWORD}",
                    map(svc(service), "environment").get("CB_KAFKA_PASSWORD"), service);
        }
        assertFalse(String.valueOf(svc("kafka")).contains("PLAINTEXT://"), "no listener without authentication");
    }

    @Test
    void servicesRunTheImagesTheBuildMakesAndAreConfiguredByEnvironment() {
        String jibBase = read(root.resolve("commons/src/main/resources/META-INF/microprofile-config.properties"))
                .lines().filter(l -> l.startsWith("quarkus.jib.base-jvm-image=")).findFirst().orElseThrow()
                .substring("quarkus.jib.base-jvm-image=".length());
        Platform.DEFAULT_SERVICE_PORTS.forEach((name, port) -> {
            Map<String, Object> s = svc(name);
            // built by Jib (-Dquarkus.container-image.build=true), not by compose
            assertFalse(s.containsKey("build"), name);
            assertTrue(String.valueOf(s.get("image")).matches("opencert/" + name + ":\\d+\\.\\d+\\.\\d+.*"), name);
            // the Dockerfile, the alternative, builds on the same base image
            String dockerfile = read(root.resolve(name).resolve("src/main/docker/Dockerfile.jvm"));
            assertTrue(dockerfile.contains("FROM " + jibBase + "\n"), name);
            assertTrue(dockerfile.contains("target/quarkus-app/"), name);
            assertTrue(dockerfile.contains("curl -fsS http://localhost:9000/q/health/ready"), name);

            Map<String, Object> env = map(s, "environment");
            String db = Platform.DATABASES.get(name);
            assertEquals(String.valueOf(port), String.valueOf(env.get("QUARKUS_HTTP_PORT")), name);
            assertEquals("postgresql://postgres:5432/" + db, env.get("QUARKUS_DATASOURCE_REACTIVE_URL"), name);
            assertEquals("jdbc:postgresql://postgres:5432/" + db, env.get("QUARKUS_DATASOURCE_JDBC_URL"), name);
            for (String key : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                    "KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_CLIENT_ID",
                    "CB_CLOCK_ADJUSTABLE")) {
                assertNotNull(env.get(key), name + " needs " + key);
            }
            assertEquals("http://keycloak:8080/realms/certification", env.get("QUARKUS_OIDC_AUTH_SERVER_URL"));

            Map<String, Object> deps = map(s, "depends_on");
            assertEquals("service_healthy", map(deps, "postgres").get("condition"), name);
            assertEquals("service_healthy", map(deps, "keycloak").get("condition"), name);
            assertEquals("service_completed_successfully", map(deps, "kafka-setup").get("condition"), name);

            // health is on the management interface (9000 in the container), which is not published
            assertTrue(String.valueOf(map(s, "healthcheck").get("test")).contains(":9000/q/health/ready"), name);
            assertTrue(String.valueOf(s.get("ports")).contains(port + ":" + port), name);
            assertFalse(String.valueOf(s.get("ports")).contains("9000"), name);
        });
    }

    private static Map<String, Object> svc(String name) {
        Map<String, Object> s = map(services, name);
        assertNotNull(s, "service " + name);
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        Object v = m.get(key);
        assertTrue(v instanceof Map, key + " is a mapping: " + v);
        return (Map<String, Object>) v;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            throw new AssertionError("cannot read " + p, e);
        }
    }
}
