package io.opencert.commons.deadletter;

import io.opencert.commons.inbox.EventConsumer;
import io.opencert.events.CloudEventAttributes;
import io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dead letters of this service on the broker: the records of its channels' dead-letter topics that its own
 * consumer parked (header {@value EventConsumer#DEAD_LETTER_SERVICE}); a replay applies one here through the inbox
 * ({@link EventConsumer#replay}), so that no service writes to a topic it does not own. Blocking Kafka clients; call
 * from a worker thread.
 */
@ApplicationScoped
public class DeadLetters {
    private static final Pattern DLQ_TOPIC =
            Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.dead-letter-queue\\.topic");
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final String service;
    private final Map<String, Object> kafka;
    private final Set<String> topics;

    DeadLetters(Config config, @ConfigProperty(name = "quarkus.application.name") String service,
                @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.service = service;
        this.kafka = kafka;
        this.topics = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            Matcher matcher = DLQ_TOPIC.matcher(name);
            if (matcher.matches()) {
                config.getOptionalValue(name, String.class).ifPresent(topics::add);
            }
        }
    }

    /** This service's dead-letter topics, from its channels' configuration. */
    public Set<String> topics() {
        return topics;
    }

    /** Every dead letter of this service, oldest first per topic (not yet told whether it was applied since). */
    public List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        for (String topic : topics) {
            read(topic, record -> true).forEach(record -> letters.add(toDeadLetter(record)));
        }
        return letters;
    }

    public Optional<DeadLetter> find(String topic, int partition, long offset) {
        return at(topic, partition, offset).map(DeadLetters::toDeadLetter);
    }

    private Optional<ConsumerRecord<String, String>> at(String topic, int partition, long offset) {
        if (!topics.contains(topic)) {
            return Optional.empty();
        }
        return read(topic, record -> record.partition() == partition && record.offset() == offset).stream()
                .findFirst();
    }

    /** The records of this service on {@code topic} up to its end now that {@code wanted} accepts. */
    private List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> wanted) {
        Properties properties = clientProperties();
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, PATIENCE).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            if (partitions.isEmpty()) {
                return records;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, PATIENCE);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the broker did not hand out " + topic + " in time");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (service.equals(header(record, EventConsumer.DEAD_LETTER_SERVICE)) && wanted.test(record)) {
                        records.add(record);
                    }
                });
            }
            return records;
        }
    }

    private Properties clientProperties() {
        // the service's own broker address and credentials (kafka.*)
        Properties properties = new Properties();
        properties.putAll(kafka);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, service + "-dead-letters");
        return properties;
    }

    private static DeadLetter toDeadLetter(ConsumerRecord<String, String> record) {
        String eventId = header(record, CloudEventAttributes.HEADER_ID);
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()), eventId, header(record, CloudEventAttributes.HEADER_TYPE),
                header(record, CloudEventAttributes.HEADER_SUBJECT), header(record, CloudEventAttributes.HEADER_SOURCE),
                header(record, KafkaDeadLetterQueue.DEAD_LETTER_TOPIC),
                number(header(record, KafkaDeadLetterQueue.DEAD_LETTER_PARTITION), Integer::valueOf),
                number(header(record, KafkaDeadLetterQueue.DEAD_LETTER_OFFSET), Long::valueOf),
                header(record, KafkaDeadLetterQueue.DEAD_LETTER_REASON),
                header(record, KafkaDeadLetterQueue.DEAD_LETTER_CAUSE),
                false, record.value());
    }

    private static <T> T number(String text, java.util.function.Function<String, T> parse) {
        try {
            return text == null ? null : parse.apply(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String header(ConsumerRecord<String, String> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
