package io.opencert.commons.relay;

import io.opencert.commons.outbox.RelayConnection;
import io.opencert.events.CloudEventAttributes;
import io.opencert.events.EventType;
import io.opencert.events.Topics;
import io.opencert.localstack.KafkaTestResource;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The outbox relay and the idempotent consumer against a real Kafka broker and a real PostgreSQL. */
@QuarkusTest
@TestProfile(RelayTestProfile.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "commons"),
        restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = true)
class OutboxAndInboxOnRealBrokerTest {
    private static final Duration PATIENCE = BrokerProbe.PATIENCE;

    @Inject
    DataSource db;

    @Test
    void anEventWrittenWithItsStateChangeIsPublishedAsACloudEventAndConsumedOnce() {
        UUID clientId = register("Alpha Services GmbH");

        ConsumerRecord<String, String> record = probe().firstRecord(Topics.CLIENT, r -> r.key().equals(clientId.toString()));
        Map<String, String> headers = BrokerProbe.headers(record);
        assertThat(headers).containsEntry(CloudEventAttributes.HEADER_TYPE, EventType.CLIENT_REGISTERED.type())
                .containsEntry(CloudEventAttributes.HEADER_SUBJECT, clientId.toString())
                .containsEntry(CloudEventAttributes.HEADER_SOURCE, "/client-service")
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
        ConsumerRecord<String, String> original = probe().firstRecord(Topics.CLIENT, r -> r.key().equals(clientId.toString()));
        UUID originalId = UUID.fromString(BrokerProbe.headers(original).get(CloudEventAttributes.HEADER_ID));
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM registration_effect WHERE event_id = ?", originalId) == 1);

        // The same record again, then a new event with the same key: the partition keeps their order, so once the
        // new one has its effect the redelivery has been consumed too.
        UUID laterId = UUID.randomUUID();
        try (KafkaProducer<String, String> producer = probe().producer()) {
            producer.send(BrokerProbe.copy(original, originalId));
            producer.send(BrokerProbe.copy(original, laterId));
            producer.flush();
        }
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM registration_effect WHERE event_id = ?", laterId) == 1);

        assertThat(count("SELECT count(*) FROM registration_effect WHERE client_id = ?", clientId)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = ?", originalId)).isEqualTo(1);
    }

    @Test
    void aRecordThatKeepsFailingIsParkedOnTheDeadLetterTopicAndTheStreamMovesOn() {
        UUID poisonId = register(Registrations.POISON);
        ConsumerRecord<String, String> parked = probe().firstRecord(Topics.deadLetter(Topics.CLIENT), r -> r.key().equals(poisonId.toString()));
        assertThat(BrokerProbe.headers(parked).get("dead-letter-reason")).contains("cannot digest poison");

        UUID healthyId = register("Gamma Cloud AG");
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM registration_effect WHERE client_id = ?", healthyId) == 1);
        assertThat(count("SELECT count(*) FROM registration_effect WHERE client_id = ?", poisonId)).isZero();
    }

    @Test
    void aRecordOfAnUnknownTypeOrVersionIsDeadLetteredAtOnceWithItsReason() {
        UUID clientId = register("Eta Systems BV");
        ConsumerRecord<String, String> original = probe().firstRecord(Topics.CLIENT, r -> r.key().equals(clientId.toString()));
        UUID unknownId = UUID.randomUUID();
        ProducerRecord<String, String> unknown = BrokerProbe.copy(original, unknownId);
        unknown.headers().remove(CloudEventAttributes.HEADER_TYPE)
                .add(CloudEventAttributes.HEADER_TYPE, "cb.client.registered.v9".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = probe().producer()) {
            producer.send(unknown);
            producer.flush();
        }

        ConsumerRecord<String, String> parked = probe().firstRecord(Topics.deadLetter(Topics.CLIENT),
                r -> unknownId.toString().equals(BrokerProbe.headers(r).get(CloudEventAttributes.HEADER_ID)));
        assertThat(BrokerProbe.headers(parked).get("dead-letter-reason"))
                .contains("unknown event type or version cb.client.registered.v9");
        assertThat(count("SELECT count(*) FROM registration_effect WHERE event_id = ?", unknownId)).isZero();
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void aDeadLetterIsListedAndOnceItsCauseIsFixedReplayedIntoTheSameInboxOnce() {
        String name = Registrations.CURABLE + " " + UUID.randomUUID();
        UUID clientId = register(name);
        Map<String, Object> letter = await().atMost(PATIENCE).until(() -> deadLetterOf(clientId), Objects::nonNull);
        assertThat(letter).containsEntry("originalTopic", Topics.CLIENT).containsEntry("processedHere", false)
                .containsEntry("eventType", EventType.CLIENT_REGISTERED.type());
        assertThat((String) letter.get("reason")).contains("cannot digest " + name);
        String at = "/api/v1/admin/dead-letters/" + letter.get("topic") + "/" + letter.get("partition") + "/"
                + letter.get("offset");
        RestAssured.get(at).then().statusCode(200).body("data", containsString(name));

        RestAssured.post(at + "/replay").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("cannot digest " + name));
        Registrations.cured = true;
        try {
            RestAssured.post(at + "/replay").then().statusCode(200).body("eventId", equalTo(letter.get("eventId")))
                    .body("processedHere", equalTo(true));
            assertThat(count("SELECT count(*) FROM registration_effect WHERE client_id = ?", clientId)).isEqualTo(1);
            RestAssured.get(at).then().statusCode(200).body("processedHere", equalTo(true));

            RestAssured.post(at + "/replay").then().statusCode(200);
            assertThat(count("SELECT count(*) FROM registration_effect WHERE client_id = ?", clientId))
                    .as("applied once, however often it is replayed").isEqualTo(1);
        } finally {
            Registrations.cured = false;
        }
    }

    @Test
    void onlyTheAdministratorSeesTheDeadLetters() {
        RestAssured.get("/api/v1/admin/dead-letters").then().statusCode(401);
    }

    private static Map<String, Object> deadLetterOf(UUID clientId) {
        List<Map<String, Object>> letters = RestAssured.get("/api/v1/admin/dead-letters").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return letters.stream().filter(letter -> clientId.toString().equals(letter.get("subject"))).findFirst()
                .orElse(null);
    }

    @Test
    void theEventFlowIsMeasured() {
        UUID clientId = register("Theta Networks KG");
        await().atMost(PATIENCE).until(() -> count(
                "SELECT count(*) FROM registration_effect WHERE client_id = ?", clientId) == 1);
        UUID poisonId = register(Registrations.POISON);
        probe().firstRecord(Topics.deadLetter(Topics.CLIENT), r -> r.key().equals(poisonId.toString()));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(RestAssured.get("/q/metrics").then().statusCode(200)
                .extract().asString())
                .contains("cb_outbox_backlog", "cb_outbox_oldest_age_seconds")
                .containsPattern("cb_events_published_total\\{[^}]*type=\"cb.client.registered.v1\"[^}]*} [1-9]")
                .containsPattern("cb_events_consumed_total\\{[^}]*outcome=\"applied\"[^}]*} [1-9]")
                .containsPattern("cb_events_failed_total\\{[^}]*failure=\"unknown\"[^}]*} [1-9]")
                .containsPattern("cb_events_dead_lettered_total\\{[^}]*topic=\"cb.client-events\"[^}]*} [1-9]")
                .contains("kafka_consumer_fetch_manager_records_lag"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void aRecordFromAServiceThatDoesNotOwnTheTopicIsDeadLetteredWithItsReason() {
        UUID clientId = register("Iota Hosting Sp. z o.o.");
        ConsumerRecord<String, String> original = probe().firstRecord(Topics.CLIENT, r -> r.key().equals(clientId.toString()));
        UUID forgedId = UUID.randomUUID();
        ProducerRecord<String, String> forged = BrokerProbe.copy(original, forgedId);
        forged.headers().remove(CloudEventAttributes.HEADER_SOURCE)
                .add(CloudEventAttributes.HEADER_SOURCE, "/scheduling-service".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = probe().producer()) {
            producer.send(forged);
            producer.flush();
        }

        ConsumerRecord<String, String> parked = probe().firstRecord(Topics.deadLetter(Topics.CLIENT),
                r -> forgedId.toString().equals(BrokerProbe.headers(r).get(CloudEventAttributes.HEADER_ID)));
        assertThat(BrokerProbe.headers(parked).get("dead-letter-reason"))
                .contains("source /scheduling-service does not publish cb.client.registered.v1");
        assertThat(count("SELECT count(*) FROM registration_effect WHERE event_id = ?", forgedId)).isZero();

        // a replay does not launder it
        RestAssured.post("/api/v1/admin/dead-letters/" + parked.topic() + "/" + parked.partition() + "/"
                        + parked.offset() + "/replay")
                .then().statusCode(409).body("detail", containsString("does not publish"));
        assertThat(count("SELECT count(*) FROM registration_effect WHERE event_id = ?", forgedId)).isZero();
    }

    @Test
    void aRecordWhoseDataBreaksItsEventsSchemaIsDeadLetteredWithItsReason() {
        UUID clientId = register("Kappa Services AB");
        ConsumerRecord<String, String> original = probe().firstRecord(Topics.CLIENT, r -> r.key().equals(clientId.toString()));
        UUID invalidId = UUID.randomUUID();
        ConsumerRecord<String, String> withoutName = new ConsumerRecord<>(original.topic(), original.partition(),
                original.offset(), original.key(), original.value().replace("\"legalName\"", "\"formerName\""));
        original.headers().forEach(header -> withoutName.headers().add(header));
        try (KafkaProducer<String, String> producer = probe().producer()) {
            producer.send(BrokerProbe.copy(withoutName, invalidId));
            producer.flush();
        }

        ConsumerRecord<String, String> parked = probe().firstRecord(Topics.deadLetter(Topics.CLIENT),
                r -> invalidId.toString().equals(BrokerProbe.headers(r).get(CloudEventAttributes.HEADER_ID)));
        assertThat(BrokerProbe.headers(parked).get("dead-letter-reason")).startsWith("schema-invalid: ")
                .contains("legalName");
        assertThat(count("SELECT count(*) FROM registration_effect WHERE event_id = ?", invalidId)).isZero();
    }

    @Test
    void whatIsWrittenWhileKafkaIsDownIsPublishedWhenItIsBackAndNoTransactionWaitsForTheBroker() throws Exception {
        KafkaTestResource.broker().stop();
        UUID clientId;
        try {
            clientId = register("Delta Datacenter SE");
            assertThat(count("SELECT count(*) FROM outbox_event WHERE subject = ? AND published_at IS NULL", clientId.toString()))
                    .isEqualTo(1);
            // the relay keeps trying to send it meanwhile, with no transaction open while the producer waits
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> count("""
                    SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
                    AND xact_start < now() - interval '1 second' AND state <> ?""", "idle") == 0);
        } finally {
            KafkaTestResource.broker().start();
        }
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM registration_effect WHERE client_id = ?", clientId) == 1);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE subject = ? AND published_at IS NOT NULL", clientId.toString()))
                .isEqualTo(1);
    }

    @Test
    void onlyTheReplicaWithTheRelayTurnPublishesAndTheTurnPassesOnWhenItsConnectionEnds() throws SQLException {
        UUID clientId;
        try (Connection otherReplica = db.getConnection(); Statement statement = otherReplica.createStatement()) {
            assertThat(holds(statement, "SELECT pg_try_advisory_lock(" + RelayConnection.RELAY_LOCK + ")"))
                    .as("this service has the turn; another replica cannot take it").isFalse();
            // this service's replica dies: its relay connection ends, and the other replica has the turn at once
            statement.execute("""
                    SELECT pg_terminate_backend(pid) FROM pg_locks
                    WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()""");
            statement.execute("SELECT pg_advisory_lock(" + RelayConnection.RELAY_LOCK + ")");
            clientId = register("Epsilon Services Oy");
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> count(
                    "SELECT count(*) FROM outbox_event WHERE subject = ? AND published_at IS NULL", clientId.toString()) == 1);
            statement.execute("SELECT pg_advisory_unlock(" + RelayConnection.RELAY_LOCK + ")");
        }
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM registration_effect WHERE client_id = ?", clientId) == 1);
    }

    private static boolean holds(Statement statement, String query) throws SQLException {
        try (var result = statement.executeQuery(query)) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private static UUID register(String legalName) {
        return UUID.fromString(RestAssured.given().queryParam("legalName", legalName).post("/registrations")
                .then().statusCode(200).extract().asString().replace("\"", ""));
    }

    private long count(String sql, Object parameter) {
        return probe().count(sql, parameter);
    }

    private BrokerProbe probe() {
        return new BrokerProbe(db);
    }
}
