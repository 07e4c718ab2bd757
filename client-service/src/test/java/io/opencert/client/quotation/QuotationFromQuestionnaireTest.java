package io.opencert.client.quotation;

import io.opencert.client.Fixtures;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.client.QuotationIssuedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.PlannedAuditDays;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.groups.Tuple;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The cycle of a quotation from a questionnaire: calculated as a draft with a justified adjustment, issued, superseded
 * by a new revision, and the new revision accepted by the client's own user; the contract names the sampled sites and
 * the auditors kept off the audits for impartiality.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuotationFromQuestionnaireTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEMS = "https://opencert.io/problems/";

    private static String questionnaireId;
    private static String first;
    private static String second;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    private static Map<String, Object> request(boolean draft) {
        Map<String, Object> request = new HashMap<>();
        request.put("clientId", Fixtures.CLIENT_D);
        request.put("questionnaireId", questionnaireId);
        request.put("adjustments", List.of(Map.of("factor", "INTEGRATED_MANAGEMENT_SYSTEM", "percent", -10,
                "justification", "ISO/IEC 27001 certified; one integrated internal audit and management review")));
        request.put("validDays", 60);
        request.put("draft", draft);
        return request;
    }

    @Test
    @Order(1)
    @TestSecurity(user = "staff", roles = "cb-staff")
    void noQuotationFromAQuestionnaireBeforeItsReview() {
        // a transfer would quote only the rest of its cycle (TransferQuotationTest)
        questionnaireId = Fixtures.submitQuestionnaire(Fixtures.firstCycleAnswers(Fixtures.CLIENT_D));

        given().contentType(ContentType.JSON).body(request(true))
                .when().post("/api/v1/quotations")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "questionnaire-not-reviewed"));

        Map<String, Object> otherClient = request(true);
        otherClient.put("clientId", Fixtures.CLIENT_E);
        given().contentType(ContentType.JSON).body(otherClient)
                .when().post("/api/v1/quotations")
                .then().statusCode(400)
                .body("violations.field", contains("questionnaireId"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "staff", roles = "cb-staff")
    void staffCalculateADraftFromTheReviewedQuestionnaireAndIssueIt() {
        Fixtures.reviewQuestionnaire(questionnaireId);

        // 150 persons: 8 days -10% = 7.2 -> 7.0, cloud +20% = 1.4 -> 1.5: 8.5 days initial; stage 1 2.55 -> 2.5,
        // stage 2 6.0, surveillance 2.83 -> 3.0, recertification 5.67 -> 5.5; the data centre visited every time
        first = given().contentType(ContentType.JSON).body(request(true))
                .when().post("/api/v1/quotations")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("questionnaireId", equalTo(questionnaireId))
                .body("transfer", nullValue())
                .body("cloudExtension", nullValue())
                .body("validUntil", nullValue())
                .body("persons", equalTo(150))
                .body("standards", contains("ISO_IEC_20000_1_2018", "ISO_IEC_TR_20000_9_2015"))
                .body("scope", equalTo(Fixtures.answers(Fixtures.CLIENT_D).get("scope")))
                .body("sites.name", contains("Munich head office", "Frankfurt data centre"))
                .body("audits.type", contains("STAGE_1", "STAGE_2", "SURVEILLANCE", "SURVEILLANCE", "RECERTIFICATION"))
                .body("audits.number", contains(1, 1, 1, 2, 1))
                .body("audits.days", contains(2.5f, 6.0f, 3.0f, 3.0f, 5.5f))
                .body("audits[1].siteDays", equalTo("Munich head office 4.0, Frankfurt data centre 2.0"))
                .body("totalDays", equalTo(20.0f))
                // at 500 a day with the certificate (250) after stage 2 and recertification, the annual fee (250)
                .body("totalPrice", equalTo(11000.0f))
                .body("reasons.item", hasItems("table days", "cloud extension days",
                        "adjustment INTEGRATED_MANAGEMENT_SYSTEM"))
                .extract().path("id");

        given().when().post("/api/v1/quotations/{id}/acceptance", first)
                .then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "quotation-not-issued"));

        given().when().post("/api/v1/quotations/{id}/issue", first)
                .then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("validUntil", notNullValue());
        given().when().post("/api/v1/quotations/{id}/issue", first)
                .then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "quotation-not-draft"));
        QuotationIssuedV1 issued = CloudEvents.published(connector, QuotationIssuedV1.class,
                event -> event.quotationId().toString().equals(first)).data();
        assertThat(issued.totalPrice()).isEqualByComparingTo("11000");
        assertThat(issued.clientId().toString()).isEqualTo(Fixtures.CLIENT_D);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aNewRevisionSupersedesTheIssuedOne() {
        second = given().contentType(ContentType.JSON).body(request(false))
                .when().post("/api/v1/quotations")
                .then().statusCode(201)
                .body("status", equalTo("ISSUED"))
                .extract().path("id");
        int revision = given().when().get("/api/v1/quotations/{id}", second).then().extract().path("revision");

        given().when().get("/api/v1/quotations/{id}", first)
                .then().statusCode(200)
                .body("status", equalTo("SUPERSEDED"))
                .body("supersededBy", equalTo(second))
                .body("revision", equalTo(revision - 1));
        given().queryParam("clientId", Fixtures.CLIENT_D)
                .when().get("/api/v1/quotations")
                .then().statusCode(200)
                .body("items[0].id", equalTo(second))
                .body("items[1].id", equalTo(first));
        given().contentType(ContentType.JSON)
                .body(Map.of("clientId", Fixtures.CLIENT_D, "consultant", "AUDITOR", "auditor", "auditor2",
                        "description", "Helped write the service continuity plan", "from", "2025-03-01",
                        "to", "2025-12-31"))
                .when().post("/api/v1/impartiality/consultancies")
                .then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("clientId", Fixtures.CLIENT_D, "consultant", "AUDITOR", "auditor", "auditor1",
                        "description", "Process workshop", "from", "2019-01-01", "to", "2019-06-30"))
                .when().post("/api/v1/impartiality/consultancies")
                .then().statusCode(201);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "client-b", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = Fixtures.CLIENT_B))
    void anotherOrganisationsUserCannotReachIt() {
        given().when().get("/api/v1/quotations/{id}", second).then().statusCode(404);
        given().when().post("/api/v1/quotations/{id}/acceptance", second).then().statusCode(404);
        given().queryParam("clientId", Fixtures.CLIENT_D).when().get("/api/v1/quotations").then().statusCode(404);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "client-d", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = Fixtures.CLIENT_D))
    void theClientsUserAcceptsTheCurrentRevisionOnly() throws IOException {
        given().when().post("/api/v1/quotations/{id}/acceptance", first)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "quotation-superseded"));

        String contractId = given().when().post("/api/v1/quotations/{id}/acceptance", second)
                .then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .extract().path("contractId");

        given().when().get("/api/v1/contracts/{id}", contractId)
                .then().statusCode(200)
                .body("signedBy", equalTo("client-d"))
                .body("signedOnBehalf", equalTo(false))
                .body("scope", equalTo(Fixtures.answers(Fixtures.CLIENT_D).get("scope")))
                .body("excludedAuditors", empty()) // the body's impartiality register is not the client's to see
                .body("audits.type", contains("STAGE_1", "STAGE_2", "SURVEILLANCE", "RECERTIFICATION"))
                .body("audits.days", contains(2.5f, 6.0f, 3.0f, 5.5f));

        ContractSignedV1 signed = CloudEvents.published(connector, ContractSignedV1.class,
                event -> event.contractId().toString().equals(contractId)).data();
        assertThat(signed.excludedAuditors()).containsExactly("auditor2");
        assertThat(signed.standards()).containsExactly(Standard.ISO_IEC_20000_1_2018,
                Standard.ISO_IEC_TR_20000_9_2015);
        assertThat(signed.sites()).extracting(Site::name, Site::centralFunction, Site::persons)
                .containsExactly(Tuple.tuple("Munich head office", true, 100),
                        Tuple.tuple("Frankfurt data centre", false, 50));
        assertThat(signed.auditDays()).extracting(PlannedAuditDays::type).containsExactly(AuditType.STAGE_1,
                AuditType.STAGE_2, AuditType.SURVEILLANCE, AuditType.RECERTIFICATION);
        assertThat(signed.auditDays()).extracting(PlannedAuditDays::days).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2.5"), new BigDecimal("6.0"), new BigDecimal("3.0"),
                        new BigDecimal("5.5"));
        assertThat(signed.excludedAuditors()).containsExactly("auditor2");

        byte[] pdf = given().when().get("/api/v1/quotations/{id}/pdf", second)
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Delta Cloud Services GmbH", "Stage 1 2.5", "Stage 2 6.0", "Surveillance 1 3.0",
                    "Surveillance 2 3.0", "Recertification 5.5", "Total 20.0 11,000.00",
                    "Days per site: Munich head office 4.0, Frankfurt data centre 2.0",
                    "How the audit time was calculated", "ISO/IEC 27001 certified");
        }
    }
}
