package io.opencert.client.quotation;

import io.opencert.client.Fixtures;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.CloudExtension;
import io.opencert.events.model.PlannedAuditDays;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The cloud extension (ISO/IEC TR 20000-9) of a client holding an active ISO/IEC 20000-1 certificate here: one audit of the cloud
 * days, of its own or with the next surveillance, and a contract that says which; refused without TR 20000-9 and
 * together with a transfer.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
@TestSecurity(user = "staff", roles = "cb-staff")
class CloudExtensionQuotationTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEMS = "https://opencert.io/problems/";

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @ParameterizedTest
    @EnumSource(CloudExtension.class)
    void quotesOnlyTheCloudExtensionAuditAndTheContractSaysWhenItTakesPlace(CloudExtension choice)
            throws IOException {
        String clientId = Fixtures.registerClient("Sigma Cloud " + choice + " GmbH", 150);
        String questionnaireId = Fixtures.submitQuestionnaire(Fixtures.firstCycleAnswers(clientId));
        Fixtures.reviewQuestionnaire(questionnaireId);
        Fixtures.deliverCertificateEvent(connector, Fixtures.certificateIssued(clientId, Standard.ISO_IEC_20000_1_2018,
                LocalDate.now(ZoneOffset.UTC).minusMonths(5)), UUID.randomUUID());

        // 150 persons: 8 days, of which 20% = 1.6 -> 1.5 days for TR 20000-9; 500 a day and its certificate (250)
        String quotationId = given().contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "questionnaireId", questionnaireId, "cloudExtension", choice))
                .when().post("/api/v1/quotations")
                .then().statusCode(201)
                .body("cloudExtension", equalTo(choice.name()))
                .body("transfer", nullValue())
                .body("standards", contains("ISO_IEC_20000_1_2018", "ISO_IEC_TR_20000_9_2015"))
                // the certified sites, of which the cloud extension audit visits the central function
                .body("sites.name", contains("Munich head office", "Frankfurt data centre"))
                .body("audits.type", contains("CLOUD_EXTENSION"))
                .body("audits.days", contains(1.5f))
                .body("audits.siteDays", contains("Munich head office 1.5"))
                .body("audits.price", contains(1000.0f))
                .body("totalDays", equalTo(1.5f))
                .body("totalPrice", equalTo(1000.0f))
                .extract().path("id");

        byte[] pdf = given().when().get("/api/v1/quotations/{id}/pdf", quotationId)
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Quotation for the cloud extension of a certificate",
                    "Cloud extension: ISO/IEC TR 20000-9, " + switch (choice) {
                        case WITH_SURVEILLANCE -> "with the next surveillance audit";
                        case OWN_AUDIT -> "in an audit of its own";
                    }, "Cloud extension 1.5 1,000.00", "Total 1.5 1,000.00");
        }

        String contractId = given().when().post("/api/v1/quotations/{id}/acceptance", quotationId)
                .then().statusCode(200)
                .extract().path("contractId");
        ContractSignedV1 signed = CloudEvents.published(connector, ContractSignedV1.class,
                event -> event.contractId().toString().equals(contractId)).data();
        assertThat(signed.cloudExtension()).isEqualTo(choice);
        assertThat(signed.transfer()).isNull();
        assertThat(signed.standards()).contains(Standard.ISO_IEC_TR_20000_9_2015, Standard.ISO_IEC_20000_1_2018);
        assertThat(signed.auditDays()).containsExactly(
                new PlannedAuditDays(AuditType.CLOUD_EXTENSION, new BigDecimal("1.5")));
        assertThat(signed.sites()).extracting(Site::name).containsExactly("Munich head office", "Frankfurt data centre");
    }

    @Test
    void refusesACloudExtensionWithoutTr20000_9() {
        String clientId = Fixtures.registerClient("Tau Service Desk GmbH", 20);

        given().contentType(ContentType.JSON).body(Map.of("clientId", clientId, "cloudExtension", "OWN_AUDIT"))
                .when().post("/api/v1/quotations")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "cloud-extension-needs-tr-20000-9"))
                .body("violations.field", contains("cloudExtension"));
    }

    @Test
    void refusesACloudExtensionTogetherWithATransfer() {
        String clientId = Fixtures.registerClient("Upsilon Transfer Cloud GmbH", 150);
        String questionnaireId = Fixtures.submitQuestionnaire(clientId);
        Fixtures.reviewQuestionnaire(questionnaireId);

        given().contentType(ContentType.JSON).body(Map.of("clientId", clientId, "questionnaireId", questionnaireId,
                        "cloudExtension", "WITH_SURVEILLANCE"))
                .when().post("/api/v1/quotations")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "cloud-extension-with-transfer"))
                .body("violations.field", contains("cloudExtension"));
        given().queryParam("clientId", clientId).when().get("/api/v1/quotations")
                .then().statusCode(200)
                .body("items", empty());
    }
}
