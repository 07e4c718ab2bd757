package io.opencert.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EventJsonTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void readGivesBackWhatWasWritten(EventType type) {
        EventPayload sample = Samples.of(type);

        assertThat(EventJson.read(EventJson.write(sample), type.payloadClass())).isEqualTo(sample);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void typeIsFoundByItsNameAndItsPayloadClass(EventType type) {
        assertThat(EventType.ofType(type.type())).contains(type);
        assertThat(EventType.of(Samples.of(type).getClass())).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void subjectIsTheAggregateUuid(EventType type) {
        String subject = Samples.of(type).subject();

        assertThat(UUID.fromString(subject)).hasToString(subject);
    }

    @Test
    void unknownTypeIsEmptySoThatConsumersCanIgnoreIt() {
        assertThat(EventType.ofType("cb.certificate.issued.v2")).isEmpty();
        assertThat(EventType.ofType("cb.certificate.unknown.v1")).isEmpty();
        assertThat(EventType.ofType("")).isEmpty();
    }

    @Test
    void datesAreWrittenAsIsoStrings() {
        String json = EventJson.write(Samples.of(EventType.QUOTATION_ISSUED));

        assertThat(json).contains("\"validUntil\":\"2025-03-31\"", "\"issuedAt\":\"2025-02-04T10:30:00Z\"");
    }
}
