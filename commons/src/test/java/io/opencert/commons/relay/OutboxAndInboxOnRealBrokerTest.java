package io.opencert.commons.relay;

import io.opencert.commons.outbox.OutboxRelay;
import io.opencert.events.CloudEventAttributes;
import io.opencert.events.EventType;
import io.opencert.events.Topics;
import io.opencert.localstack.KafkaTestResource;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The outbox relay and the idempotent consumer against a real Kafka broker and a real PostgreSQL. */
@QuarkusTest
@TestProfile(RelayTestProfile.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "commons"))
@QuarkusTestResource(KafkaTestResource.class)
class OutboxAndInboxOnRealBrokerTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    DataSource db;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anEventWrittenWithItsStateChangeIsPublishedAsACloudEventAndConsumedOnce() {
        UUID clientId = register("Alpha Services GmbH");

        ConsumerRecord<String, String> record = firstRecord(Topics.CLIENT, r -> r.key().equals(clientId.toString()));
        Map<String, String> headers = headers(record);
        assertThat(headers).containsEntry(CloudEventAttributes.HEADER_TYPE, EventType.CLIENT_REGISTERED.type())
                .containsEntry(CloudEventAttributes.HEADER_SUBJECT, clientId.toString())
                .containsEntry(CloudEventAttributes.HEADER_SOURCE, "/commons-test")
                .containsEntry(CloudEventAttributes.HEADER_SPEC_VERSION, "1.0")
                .containsKey(CloudEventAttributes.HEADER_TIME);
        assertThat(record.value()).contains("\"legalName\":\"Alpha Services GmbH\"");
        UUID eventId = UUID.fromString(headers.get(CloudEventAttributes.HEADER_ID));
        assertThat(count("SELECT count(*) FROM outbox_event WHERE id = ? AND published_at IS NOT NULL", eventId)).isEqualTo(1);

        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM registration_effect WHERE event_id = ?", eventId) == 1);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID clientId = register("Beta Hosting Ltd");
        ConsumerRecord<String, String> original = firstRecord(Topics.CLIENT, r -> r.key().equals(clientId.toString()));
        UUID originalId = UUID.fromString(headers(original).get(CloudEventAttributes.HEADER_ID));
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM registration_effect WHERE event_id = ?", originalId) == 1);

        // The same record again, then a new event with the same key: the partition keeps their order, so once the
        // new one has its effect the redelivery has been consumed too.
        UUID laterId = UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(copy(original, originalId));
            producer.send(copy(original, laterId));
            producer.flush();
        }
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM registration_effect WHERE event_id = ?", laterId) == 1);

        assertThat(count("SELECT count(*) FROM registration_effect WHERE client_id = ?", clientId)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = ?", originalId)).isEqualTo(1);
    }

    @Test
    void aRecordThatKeepsFailingIsParkedOnTheDeadLetterTopicAndTheStreamMovesOn() {
        UUID poisonId = register(Registrations.POISON);
        ConsumerRecord<String, String> parked = firstRecord(Topics.deadLetter(Topics.CLIENT), r -> r.key().equals(poisonId.toString()));
        assertThat(headers(parked).get("dead-letter-reason")).contains("cannot digest poison");

        UUID healthyId = register("Gamma Cloud AG");
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM registration_effect WHERE client_id = ?", healthyId) == 1);
        assertThat(count("SELECT count(*) FROM registration_effect WHERE client_id = ?", poisonId)).isZero();
    }

    @Test
    void whatIsWrittenWhileKafkaIsDownIsPublishedWhenItIsBack() throws Exception {
        KafkaTestResource.broker().stop();
        UUID clientId;
        try {
            clientId = register("Delta Datacenter SE");
            assertThat(count("SELECT count(*) FROM outbox_event WHERE subject = ? AND published_at IS NULL", clientId.toString()))
                    .isEqualTo(1);
        } finally {
            KafkaTestResource.broker().start();
        }
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM registration_effect WHERE client_id = ?", clientId) == 1);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE subject = ? AND published_at IS NOT NULL", clientId.toString()))
                .isEqualTo(1);
    }

    @Test
    void whileAnotherReplicaHasTheRelayTurnNothingIsPublishedTwiceOrOutOfTurn() throws SQLException {
        UUID clientId;
        try (Connection otherReplica = db.getConnection(); Statement statement = otherReplica.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + OutboxRelay.RELAY_LOCK + ")");
            clientId = register("Epsilon Services Oy");
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> count(
                    "SELECT count(*) FROM outbox_event WHERE subject = ? AND published_at IS NULL", clientId.toString()) == 1);
            statement.execute("SELECT pg_advisory_unlock(" + OutboxRelay.RELAY_LOCK + ")");
        }
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM registration_effect WHERE client_id = ?", clientId) == 1);
    }

    private static UUID register(String legalName) {
        return UUID.fromString(RestAssured.given().queryParam("legalName", legalName).post("/registrations")
                .then().statusCode(200).extract().asString().replace("\"", ""));
    }

    private long count(String sql, UUID parameter) {
        return count(sql, (Object) parameter);
    }

    private long count(String sql, Object parameter) {
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

    private ConsumerRecord<String, String> firstRecord(String topic, Predicate<ConsumerRecord<String, String>> wanted) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
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

    private KafkaProducer<String, String> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    private static ProducerRecord<String, String> copy(ConsumerRecord<String, String> original, UUID eventId) {
        ProducerRecord<String, String> copy = new ProducerRecord<>(original.topic(), original.key(), original.value());
        for (Header header : original.headers()) {
            byte[] value = header.key().equals(CloudEventAttributes.HEADER_ID)
                    ? eventId.toString().getBytes(StandardCharsets.UTF_8) : header.value();
            copy.headers().add(header.key(), value);
        }
        return copy;
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new java.util.HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return headers;
    }
}
