package io.opencert.commons.relay;

import io.opencert.localstack.KafkaTestResource;
import io.opencert.localstack.PostgresTestResource;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The trace of a request goes on through the outbox, the broker and the consumer: an operator who follows a request
 * sees the events it caused and their effects, although the relay sends them later and from another context.
 */
@QuarkusTest
@TestProfile(TracingTestProfile.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "commons"),
        restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = true)
class TraceThroughTheOutboxTest {
    @Inject
    InMemorySpanExporter spans;

    @Inject
    DataSource db;

    @Test
    void theTraceOfARequestContinuesThroughTheOutboxIntoTheConsumerOfItsEvent() {
        String traceId = hex(16);
        UUID clientId = UUID.fromString(RestAssured.given()
                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .queryParam("legalName", "Zeta Cloud AB").post("/registrations")
                .then().statusCode(200).extract().asString().replace("\"", ""));

        BrokerProbe probe = new BrokerProbe(db);
        await().atMost(BrokerProbe.PATIENCE).until(() -> probe.count(
                "SELECT count(*) FROM registration_effect WHERE client_id = ?", clientId) == 1);
        assertThat(probe.count("SELECT count(*) FROM outbox_event WHERE subject = ? AND trace_parent LIKE '00-"
                + traceId + "-%'", clientId.toString())).as("the outbox row keeps the request's trace").isEqualTo(1);
        assertThat(probe.count("""
                SELECT count(*) FROM processed_event p JOIN registration_effect r ON r.event_id = p.event_id
                WHERE r.client_id = ? AND p.trace_parent LIKE '00-%s-%%'""".formatted(traceId), clientId))
                .as("the consumer processed the event in the request's trace").isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<SpanData> trace = spans.getFinishedSpanItems().stream()
                    .filter(span -> span.getTraceId().equals(traceId)).toList();
            SpanData server = only(trace, SpanKind.SERVER);
            SpanData producer = only(trace, SpanKind.PRODUCER);
            SpanData consumer = only(trace, SpanKind.CONSUMER);
            assertThat(producer.getParentSpanId()).isEqualTo(server.getSpanId());
            assertThat(consumer.getParentSpanId()).isEqualTo(producer.getSpanId());
            assertThat(producer.getName()).contains("cb.client-events");
        });
    }

    private static SpanData only(List<SpanData> trace, SpanKind kind) {
        List<SpanData> ofKind = trace.stream().filter(span -> span.getKind() == kind).toList();
        assertThat(ofKind).as("%s spans of the trace", kind).hasSize(1);
        return ofKind.getFirst();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
