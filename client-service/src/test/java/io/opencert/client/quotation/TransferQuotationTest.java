package io.opencert.client.quotation;

import io.opencert.client.Fixtures;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.PlannedAuditDays;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TransferredCertificate;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * A transfer from another certification body: the quotation from the reviewed questionnaire covers the rest of the
 * transferred cycle (no stage 1, no stage 2), says so, and its contract hands the certificate with the pre-transfer
 * review on to scheduling and certification.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestSecurity(user = "staff", roles = "cb-staff")
class TransferQuotationTest {
    /** What {@link Fixtures#reviewQuestionnaire} records as the pre-transfer review. */
    private static final String REVIEW =
            "One minor nonconformity open (8.3.4), corrective action plan accepted; certificate valid";

    private static String quotationId;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    @Order(1)
    void quotesTheRestOfTheTransferredCycle() {
        String clientId = Fixtures.registerClient("Omicron Transfer Services GmbH", 150);
        String questionnaireId = Fixtures.submitQuestionnaire(clientId);
        Fixtures.reviewQuestionnaire(questionnaireId);

        // 150 persons: 8 days, cloud +1.5: 9.5 initial; surveillance 3.17 -> 3.0, recertification 6.33 -> 6.5
        quotationId = given().contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "questionnaireId", questionnaireId))
                .when().post("/api/v1/quotations")
                .then().statusCode(201)
                .body("transfer.certificateNumber", equalTo("OC-2024-0815"))
                .body("transfer.body", equalTo("Other Certification GmbH"))
                .body("transfer.expiry", equalTo("2099-12-31"))
                .body("transfer.openNonconformities", equalTo(1))
                .body("preTransferReview", equalTo(REVIEW))
                .body("preTransferOpenMajorNonconformities", equalTo(0))
                .body("preTransferReviewedBy", equalTo("staff"))
                .body("cloudExtension", nullValue())
                .body("audits.type", contains("SURVEILLANCE", "SURVEILLANCE", "RECERTIFICATION"))
                .body("audits.days", contains(3.0f, 3.0f, 6.5f))
                // 500 a day; the annual fee (250) with each surveillance, the certificate (250) with recertification
                .body("audits.price", contains(1750.0f, 1750.0f, 3500.0f))
                .body("totalDays", equalTo(12.5f))
                .body("totalPrice", equalTo(7000.0f))
                .body("reasons.item", hasItem("transfer"))
                .extract().path("id");
    }

    @Test
    @Order(2)
    void thePrintedQuotationNamesTheTransferredCertificate() throws IOException {
        byte[] pdf = given().when().get("/api/v1/quotations/{id}/pdf", quotationId)
                .then().statusCode(200).extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Quotation for the rest of a transferred certification cycle",
                    "Transfer: certificate OC-2024-0815 of Other Certification GmbH", "Surveillance 1 3.0 1,750.00",
                    "Recertification 6.5 3,500.00", "Total 12.5 7,000.00", "transfer: no stage 1, no stage 2");
            assertThat(text).doesNotContain("Stage 1", "Stage 2");
        }
    }

    @Test
    @Order(3)
    void theContractCarriesTheTransferredCertificateWithThePreTransferReviewItsOpenMajorsAndItsReviewer() {
        String contractId = given().when().post("/api/v1/quotations/{id}/acceptance", quotationId)
                .then().statusCode(200)
                .extract().path("contractId");

        given().when().get("/api/v1/contracts/{id}", contractId)
                .then().statusCode(200)
                .body("audits.type", contains("SURVEILLANCE", "RECERTIFICATION"));
        ContractSignedV1 signed = CloudEvents.published(connector, ContractSignedV1.class,
                event -> event.contractId().toString().equals(contractId)).data();
        assertThat(signed.transfer()).isEqualTo(new TransferredCertificate("OC-2024-0815", "Other Certification GmbH",
                LocalDate.of(2099, 12, 31), 1, REVIEW, 0, "staff"));
        assertThat(signed.cloudExtension()).isNull();
        assertThat(signed.standards()).containsExactly(Standard.ISO_IEC_20000_1_2018,
                Standard.ISO_IEC_TR_20000_9_2015);
        assertThat(signed.auditDays()).containsExactly(
                new PlannedAuditDays(AuditType.SURVEILLANCE, new BigDecimal("3.0")),
                new PlannedAuditDays(AuditType.RECERTIFICATION, new BigDecimal("6.5")));
    }
}
