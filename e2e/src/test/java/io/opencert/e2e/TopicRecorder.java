package io.opencert.e2e;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads every record of the platform's topics from the beginning, as an independent observer of the event flow. */
final class TopicRecorder implements AutoCloseable {

    /** One record as it travelled: topic, key, CloudEvents headers and JSON data. */
    record Recorded(String topic, String key, Map<String, String> headers, String value) {
        String type() {
            return headers.get("ce_type");
        }
    }

    private final KafkaConsumer<String, String> consumer;
    private final List<Recorded> records = new ArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    TopicRecorder(Properties client, List<String> topics) {
        Properties properties = new Properties();
        properties.putAll(client);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-recorder-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(topics);
        poller = new Thread(this::poll, "e2e-topic-recorder");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    Map<String, String> headers = new HashMap<>();
                    record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
                    synchronized (records) {
                        records.add(new Recorded(record.topic(), record.key(), headers, record.value()));
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    List<Recorded> all() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    List<Recorded> ofType(String type) {
        return all().stream().filter(r -> type.equals(r.type())).toList();
    }

    /** Waits for a record of this type that matches, and returns it. */
    Recorded await(String type, Predicate<Recorded> wanted) {
        List<Recorded> found = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> {
            ofType(type).stream().filter(wanted).findFirst().ifPresent(found::add);
            return !found.isEmpty();
        });
        return found.getFirst();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
    }
}
