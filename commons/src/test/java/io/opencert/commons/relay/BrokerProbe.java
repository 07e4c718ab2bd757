package io.opencert.commons.relay;

import io.opencert.events.CloudEventAttributes;
import io.opencert.localstack.KafkaBroker;
import io.opencert.localstack.KafkaTestResource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** What the real-broker tests see of the test application: its topics on the broker and its database. */
final class BrokerProbe {
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final DataSource db;

    BrokerProbe(DataSource db) {
        this.db = db;
    }

    long count(String sql, Object parameter) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    ConsumerRecord<String, String> firstRecord(String topic, Predicate<ConsumerRecord<String, String>> wanted) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (r.key() != null && wanted.test(r)) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found.getFirst();
        }
    }

    /** Every record on the topic up to its end now; none when the topic does not exist. */
    List<ConsumerRecord<String, String>> allRecords(String topic) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition));
            });
            return records;
        }
    }

    KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(KafkaTestResource.broker().clientProperties(KafkaBroker.ADMIN), new StringSerializer(), new StringSerializer());
    }

    /** The record again under another event id. */
    static ProducerRecord<String, String> copy(ConsumerRecord<String, String> original, UUID eventId) {
        ProducerRecord<String, String> copy = new ProducerRecord<>(original.topic(), original.key(), original.value());
        for (Header header : original.headers()) {
            byte[] value = header.key().equals(CloudEventAttributes.HEADER_ID)
                    ? eventId.toString().getBytes(StandardCharsets.UTF_8) : header.value();
            copy.headers().add(header.key(), value);
        }
        return copy;
    }

    static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return headers;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties properties = KafkaTestResource.broker().clientProperties(KafkaBroker.ADMIN);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }
}
