package io.opencert.audit.events;

import io.opencert.audit.Bookings;
import io.opencert.events.CloudEventAttributes;
import io.opencert.events.EventJson;
import io.opencert.events.EventPayload;
import io.opencert.events.EventType;
import io.opencert.events.Topics;
import io.opencert.events.scheduling.AuditRescheduledV1;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.KafkaBroker;
import io.opencert.localstack.KafkaTestResource;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The scheduling-events consumer against a real Kafka broker: a redelivered booking creates the audit once. */
@QuarkusTest
@TestProfile(RealBrokerProfile.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"),
        restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = true)
class SchedulingEventsOnRealBrokerTest {
    @Inject
    Bookings bookings;

    @Test
    void theSameAuditScheduledRecordTwiceCreatesOneAudit() throws Throwable {
        AuditScheduledV1 booking = bookings.stage2();
        AuditRescheduledV1 moved = new AuditRescheduledV1(booking.auditId(), booking.programmeId(), booking.clientId(),
                booking.startDate().plusDays(1), booking.endDate().plusDays(1), booking.days(), booking.team(),
                "client asked for a later start", Instant.now());
        UUID scheduledId = UUID.randomUUID();

        // the booking, its redelivery, then a later event of the audit: one partition keeps their order, so once
        // the later one had its effect the redelivery has been consumed too
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(record(booking, scheduledId));
            producer.send(record(booking, scheduledId));
            producer.send(record(moved, UUID.randomUUID()));
            producer.flush();
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> actions(booking.auditId()).contains("rescheduled"));
        assertThat(actions(booking.auditId())).containsExactly("scheduled", "rescheduled");
        assertThat(bookings.checklistSize(booking.auditId())).isEqualTo(45);
    }

    private List<String> actions(UUID auditId) {
        try {
            return bookings.history("Audit", auditId).stream().map(entry -> entry.action).toList();
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(KafkaTestResource.broker().clientProperties(KafkaBroker.ADMIN),
                new StringSerializer(), new StringSerializer());
    }

    /** An event as scheduling-service's relay sends it: CloudEvents binary mode, keyed by the audit. */
    private static ProducerRecord<String, String> record(EventPayload payload, UUID eventId) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.SCHEDULING, payload.subject(), EventJson.write(payload));
        Map.of(CloudEventAttributes.HEADER_SPEC_VERSION, CloudEventAttributes.SPEC_VERSION,
                        CloudEventAttributes.HEADER_ID, eventId.toString(),
                        CloudEventAttributes.HEADER_SOURCE, "/scheduling-service",
                        CloudEventAttributes.HEADER_TYPE, EventType.of(payload.getClass()).type(),
                        CloudEventAttributes.HEADER_SUBJECT, payload.subject(),
                        CloudEventAttributes.HEADER_TIME, Instant.now().toString(),
                        "content-type", CloudEventAttributes.DATA_CONTENT_TYPE)
                .forEach((header, value) -> record.headers().add(header, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
