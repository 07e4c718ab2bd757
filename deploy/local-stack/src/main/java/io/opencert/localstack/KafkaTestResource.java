package io.opencert.localstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Arrays;
import java.util.Map;

/**
 * For {@code @QuarkusTestResource(KafkaTestResource.class)}: one real Kafka broker (own JVM) per test JVM on a free
 * port, shared by all test classes and stopped when the JVM exits. Optional init arg {@code topics}: comma-separated
 * topics to create (3 partitions each; otherwise topics are auto-created on first use).
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;
    private String[] topics = new String[0];

    /** The shared broker of this JVM, started on first use. */
    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            KafkaBroker b = KafkaBroker.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(b::close, "kafka-test-broker-closer"));
            broker = b;
        }
        return broker;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        String t = initArgs.get("topics");
        if (t != null && !t.isBlank()) {
            topics = Arrays.stream(t.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toArray(String[]::new);
        }
    }

    @Override
    public Map<String, String> start() {
        KafkaBroker b = broker();
        if (!b.isRunning()) {
            b.start(); // a test stopped it
        }
        if (topics.length > 0) {
            b.createTopics(topics);
        }
        // the tests' applications connect as the super user: they create their topics and read what they like
        return Map.of("kafka.bootstrap.servers", b.bootstrapServers(),
                "cb.kafka.username", KafkaBroker.ADMIN,
                "cb.kafka.password", b.password(KafkaBroker.ADMIN));
    }

    @Override
    public void stop() {
        // shared by all test classes of the JVM; stopped by its shutdown hook
    }
}
