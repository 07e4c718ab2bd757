package io.opencert.scheduling.events;

import io.opencert.events.CloudEventAttributes;
import io.opencert.events.EventJson;
import io.opencert.events.EventPayload;
import io.opencert.events.EventType;
import io.opencert.events.Topics;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.localstack.KafkaBroker;
import io.opencert.localstack.KafkaTestResource;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static io.opencert.events.model.AuditType.RECERTIFICATION;
import static io.opencert.events.model.AuditType.STAGE_1;
import static io.opencert.events.model.AuditType.STAGE_2;
import static io.opencert.events.model.AuditType.SURVEILLANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumers against a real Kafka broker: a record delivered twice (same CloudEvents id) changes the programme
 * once. A later event of the same aggregate, on the same partition, shows that the duplicate was consumed before.
 */
@QuarkusTest
@TestProfile(RealBrokerTestProfile.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = true)
@TestSecurity(user = "planner", roles = "cb-staff")
class ConsumersOnRealBrokerTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    SchedulingDriver driver;

    @Test
    void aContractSignedTwiceOpensOneProgrammeAndAnIssuedCertificateTwicePlansOneCycle() {
        UUID clientId = UUID.randomUUID();
        ContractSignedV1 contract = TestEvents.contractSigned(clientId);
        ContractSignedV1 later = TestEvents.contractSigned(clientId);
        UUID contractEvent = UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(record(contract, contractEvent));
            producer.send(record(contract, contractEvent));
            producer.send(record(later, UUID.randomUUID()));
            producer.flush();
        }

        await().atMost(PATIENCE).until(() -> !driver.programmesOfContract(later.contractId()).isEmpty());
        List<UUID> programmes = driver.programmesOfContract(contract.contractId());
        assertThat(programmes).hasSize(1);
        // recognised by the inbox, not refused by the contract's unique programme and parked
        assertThat(parkedOnDeadLetterTopic(Topics.deadLetter(Topics.CLIENT), contractEvent)).isFalse();
        UUID programmeId = programmes.getFirst();
        UUID stage2 = driver.programme(programmeId).audits().get(1).id();

        CertificateIssuedV1 certificate = TestEvents.certificateIssued(programmeId, clientId, stage2,
                LocalDate.of(2028, 3, 1));
        UUID certificateEvent = UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(record(certificate, certificateEvent));
            producer.send(record(certificate, certificateEvent));
            producer.send(record(TestEvents.certificateExpiring(certificate, 90), UUID.randomUUID()));
            producer.flush();
        }

        await().atMost(PATIENCE).until(() -> driver.programme(programmeId).audits().stream()
                .anyMatch(PlannedAuditView::urgent));
        assertThat(driver.programme(programmeId).audits()).extracting(PlannedAuditView::type)
                .containsExactly(STAGE_1, STAGE_2, SURVEILLANCE, SURVEILLANCE, RECERTIFICATION);
        assertThat(driver.programme(programmeId).certificateId()).isEqualTo(certificate.certificateId());
        assertThat(parkedOnDeadLetterTopic(Topics.deadLetter(Topics.CERTIFICATE), certificateEvent)).isFalse();
    }

    /** Whether a record of this event sits on the dead-letter topic, read from its start for a few seconds. */
    private boolean parkedOnDeadLetterTopic(String topic, UUID eventId) {
        Properties properties = KafkaTestResource.broker().clientProperties(KafkaBroker.ADMIN);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < until) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Header id = record.headers().lastHeader(CloudEventAttributes.HEADER_ID);
                    if (id != null && new String(id.value(), StandardCharsets.UTF_8).equals(eventId.toString())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(KafkaTestResource.broker().clientProperties(KafkaBroker.ADMIN),
                new StringSerializer(), new StringSerializer());
    }

    /** The record as a producing service's outbox relay writes it: CloudEvents binary mode, keyed by subject. */
    private static ProducerRecord<String, String> record(EventPayload payload, UUID eventId) {
        EventType type = EventType.of(payload.getClass());
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), payload.subject(),
                EventJson.write(payload));
        header(record, CloudEventAttributes.HEADER_SPEC_VERSION, CloudEventAttributes.SPEC_VERSION);
        header(record, CloudEventAttributes.HEADER_ID, eventId.toString());
        header(record, CloudEventAttributes.HEADER_SOURCE, Topics.source(type.topic()));
        header(record, CloudEventAttributes.HEADER_TYPE, type.type());
        header(record, CloudEventAttributes.HEADER_SUBJECT, payload.subject());
        header(record, CloudEventAttributes.HEADER_TIME, OffsetDateTime.now(ZoneOffset.UTC).toString());
        header(record, "content-type", CloudEventAttributes.DATA_CONTENT_TYPE);
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
