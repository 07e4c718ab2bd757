package io.opencert.commons.relay;

import io.opencert.events.CloudEventAttributes;
import io.opencert.events.Topics;
import io.opencert.localstack.KafkaTestResource;
import io.opencert.localstack.ProxiedPostgresTestResource;
import io.opencert.localstack.TcpProxy;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer through an outage of its database, reached through a proxy that cuts it off for half a minute or
 * freezes it for a minute while events arrive: nothing is dead-lettered, readiness reports the wait, and once the
 * database is back every effect is applied exactly once. The minute is past the age at which the Kafka connector's
 * throttled commit would fail the channel unless that check is off.
 */
@QuarkusTest
@TestProfile(RelayTestProfile.class)
@QuarkusTestResource(value = ProxiedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "commons_outage"), restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = true)
class ConsumerOutageTest {
    private static final int EVENTS = 5;

    @Inject
    DataSource db;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void databaseBack() {
        ProxiedPostgresTestResource.proxy().restore();
    }

    @Test
    void eventsThatArriveWhileTheDatabaseIsDownWaitForItAndApplyOnce() {
        outage(TcpProxy::cutOff, Duration.ofSeconds(30));
    }

    @Test
    void eventsThatArriveWhileTheDatabaseHangsWaitForItAndApplyOnce() {
        outage(TcpProxy::freeze, Duration.ofSeconds(65));
    }

    private void outage(java.util.function.Consumer<TcpProxy> failure, Duration length) {
        BrokerProbe probe = new BrokerProbe(db);
        UUID clientId = register();
        ConsumerRecord<String, String> template = probe.firstRecord(Topics.CLIENT,
                r -> r.key().equals(clientId.toString()));
        await().atMost(BrokerProbe.PATIENCE).until(() -> probe.count(
                "SELECT count(*) FROM registration_effect WHERE client_id = ?", clientId) == 1);
        List<UUID> arriving = IntStream.range(0, EVENTS).mapToObj(i -> UUID.randomUUID()).toList();

        failure.accept(ProxiedPostgresTestResource.proxy());
        try (KafkaProducer<String, String> producer = probe.producer()) {
            arriving.forEach(eventId -> producer.send(BrokerProbe.copy(template, eventId)));
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(30)).until(this::notReady);
        await().pollDelay(length.minusSeconds(15)).atMost(length).until(() -> true);
        ProxiedPostgresTestResource.proxy().restore();

        await().atMost(BrokerProbe.PATIENCE).ignoreExceptions().until(() -> arriving.stream().allMatch(eventId -> probe.count(
                "SELECT count(*) FROM registration_effect WHERE event_id = ?", eventId) == 1));
        assertThat(probe.count("SELECT count(*) FROM registration_effect WHERE client_id = ?", clientId))
                .isEqualTo(1 + EVENTS);
        assertThat(probe.allRecords(Topics.deadLetter(Topics.CLIENT)))
                .extracting(record -> BrokerProbe.headers(record).get(CloudEventAttributes.HEADER_ID))
                .doesNotContainAnyElementsOf(arriving.stream().map(UUID::toString).toList());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> RestAssured.get("/q/health/ready")
                .then().statusCode(200));
    }

    /**
     * Readiness answers 503 with the consumers' check down, or does not answer at all, as when the database's own
     * check waits on the frozen database.
     */
    private boolean notReady() throws IOException, InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 503 && "DOWN".equals(JsonPath.from(response.body())
                    .getString("checks.find { it.name == 'event consumers' }.status"));
        } catch (HttpTimeoutException e) {
            return true;
        }
    }

    private static UUID register() {
        return UUID.fromString(RestAssured.given().queryParam("legalName", "Zeta Operations AG").post("/registrations")
                .then().statusCode(200).extract().asString().replace("\"", ""));
    }
}
