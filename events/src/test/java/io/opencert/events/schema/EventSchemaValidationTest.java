package io.opencert.events.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.opencert.events.EventJson;
import io.opencert.events.EventType;
import io.opencert.events.Samples;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.CloudExtension;
import io.opencert.events.model.TransferredCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed schemas accept what {@link EventJson} writes and reject what a consumer could not read. */
class EventSchemaValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // format is only an annotation in 2020-12 unless asserted: uuid, date and date-time are part of the contract
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleWrittenByEventJsonIsValid(EventType type) throws IOException {
        JsonNode data = sampleData(type);

        assertThat(validate(type, data)).isEmpty();
        assertThat(fieldNames(data)).as("properties written by EventJson")
                .containsExactlyElementsOf(fieldNames(schema(type).getSchemaNode().get("properties")));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyMissingRequiredPropertyIsRejected(EventType type) throws IOException {
        for (String property : required(type)) {
            ObjectNode data = sampleData(type);
            data.remove(property);
            assertThat(validate(type, data)).as("without %s", property)
                    .singleElement().extracting(ValidationMessage::getType).isEqualTo("required");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            cb.scheduling.audit-scheduled.v1 | /type                      | "STAGE_3"                       | enum
            cb.scheduling.audit-scheduled.v1 | /standards/0               | "ISO_9001_2015"                 | enum
            cb.scheduling.audit-scheduled.v1 | /team/0/role               | "OBSERVER"                      | enum
            cb.audit.completed.v1            | /recommendation            | "CERTIFY_LATER"                 | enum
            cb.audit.completed.v1            | /findingCounts/CRITICAL    | 1                               | propertyNames
            cb.client.contract-signed.v1     | /auditDays/0/type          | "STAGE_2 "                      | enum
            cb.client.registered.v1          | /clientId                  | "c1a00000"                      | format
            cb.client.registered.v1          | /registeredAt              | 1736759742.318                  | type
            cb.client.registered.v1          | /registeredAt              | "13.01.2025 09:15"              | format
            cb.client.quotation-issued.v1    | /validUntil                | "2025-03-31T00:00:00Z"          | format
            cb.client.quotation-issued.v1    | /totalPrice                | "18450.00"                      | type
            cb.certificate.expiring.v1       | /daysBeforeExpiry          | 30.5                            | type
            cb.certificate.issued.v1         | /holderName                | null                            | type
            cb.certificate.issued.v1         | /sites/0/persons           | null                            | type
            cb.audit.major-nonconformity-overdue.v1 | /nonconformities/0/findingId | "F-1"                 | format
            cb.audit.major-nonconformity-overdue.v1 | /nonconformities/0/status    | null                  | type
            cb.audit.major-nonconformity-overdue.v1 | /deadline                    | "18.08.2026"          | format
            cb.client.consultancy-recorded.v1 | /fromDate                    | null                        | type
            cb.client.consultancy-recorded.v1 | /clientId                    | "client-1"                  | format
            cb.scheduling.auditor-left.v1     | /leftOn                      | "01.10.2026"                | format
            cb.scheduling.auditor-left.v1     | /username                    | null                        | type
            """)
    void wrongValueIsRejected(String ceType, String pointer, String value, String keyword) throws IOException {
        EventType type = EventType.ofType(ceType).orElseThrow();
        ObjectNode data = sampleData(type);
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = data.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        JsonNode bad = JSON.readTree(value);
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), bad);
        } else {
            ((ObjectNode) parent).set(last, bad);
        }

        assertThat(validate(type, data)).extracting(ValidationMessage::getType).contains(keyword);
    }

    @Test
    void nullablePropertiesMayBeMissingAsInEventsWrittenBeforeThem() throws IOException {
        ObjectNode data = sampleData(EventType.CONTRACT_SIGNED);
        data.remove(List.of("transfer", "cloudExtension"));

        assertThat(validate(EventType.CONTRACT_SIGNED, data)).isEmpty();
        ContractSignedV1 read = EventJson.read(data.toString(), ContractSignedV1.class);
        assertThat(read.transfer()).isNull();
        assertThat(read.cloudExtension()).isNull();
    }

    @Test
    void transferAndCloudExtensionAreValidWhenGiven() throws IOException {
        ContractSignedV1 sample = (ContractSignedV1) Samples.of(EventType.CONTRACT_SIGNED);
        ContractSignedV1 transfer = new ContractSignedV1(sample.contractId(), sample.clientId(), sample.clientName(),
                sample.quotationId(), sample.standards(), sample.scope(), sample.sites(), sample.auditDays(),
                sample.excludedAuditors(), sample.signedAt(), new TransferredCertificate("QA-2024-0815",
                "Example Certification Ltd", LocalDate.parse("2027-06-30"), 1, "one minor NC, plan accepted", 0,
                "reviewer"),
                CloudExtension.WITH_SURVEILLANCE);
        JsonNode data = JSON.readTree(EventJson.write(transfer));

        assertThat(validate(EventType.CONTRACT_SIGNED, data)).isEmpty();
        assertThat(EventJson.read(data.toString(), ContractSignedV1.class)).isEqualTo(transfer);
        ((ObjectNode) data.get("transfer")).remove(List.of("openMajorNonconformities", "reviewedBy"));
        assertThat(validate(EventType.CONTRACT_SIGNED, data)).isEmpty();
        assertThat(EventJson.read(data.toString(), ContractSignedV1.class).transfer())
                .extracting("openMajorNonconformities", "reviewedBy").containsExactly(null, null);
        ((ObjectNode) data.get("transfer")).remove("expiryDate");
        assertThat(validate(EventType.CONTRACT_SIGNED, data)).extracting(ValidationMessage::getType)
                .containsExactly("required");
    }

    @Test
    void unknownPropertiesAreAllowedLikeEventJsonReadsThem() throws IOException {
        ObjectNode data = sampleData(EventType.CLIENT_REGISTERED);
        data.put("vatNumber", "DE123456789");

        assertThat(validate(EventType.CLIENT_REGISTERED, data)).isEmpty();
    }

    private static ObjectNode sampleData(EventType type) throws IOException {
        return (ObjectNode) JSON.readTree(EventJson.write(Samples.of(type)));
    }

    private static List<String> required(EventType type) throws IOException {
        List<String> names = new ArrayList<>();
        schema(type).getSchemaNode().get("required").forEach(name -> names.add(name.asText()));
        return names;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<ValidationMessage> validate(EventType type, JsonNode data) throws IOException {
        return schema(type).validate(data);
    }

    private static JsonSchema schema(EventType type) throws IOException {
        return FACTORY.getSchema(JSON.readTree(Files.readString(EventSchemaGenerator.fileOf(type))), CONFIG);
    }
}
