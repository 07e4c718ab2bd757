package io.opencert.client.quotation;

import io.opencert.client.Fixtures;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A transfer's quotation covers only the audits still due in the transferred cycle: a surveillance whose window closed
 * before the transfer (computed back from the transferred certificate's expiry) is not quoted; a certificate that
 * expired before the quotation is not transferred at all (409 transferred-certificate-expired), and a quotation that
 * still offers a surveillance whose window closed since it was made is not accepted (409 transfer-quotation-outdated).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
@TestSecurity(user = "staff", roles = "cb-staff")
class TransferRestOfCycleTest {

    @Inject
    AdjustableClock clock;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    void aSurveillanceWhoseWindowClosedBeforeTheTransferIsNotQuoted() {
        // decided 2025-06-01, expiring 2028-05-31: surveillance 1 was due by 2026-06-01, surveillance 2 by 2027-06-01
        clock.setTo(LocalDate.of(2026, 9, 15).atTime(9, 0).toInstant(ZoneOffset.UTC));
        String clientId = Fixtures.registerClient("Phi Transfer Midcycle GmbH", 150);
        String questionnaireId = transferQuestionnaire(clientId, LocalDate.of(2028, 5, 31));

        // 150 persons: 8 days, cloud +1.5: 9.5 initial; surveillance 3.0, recertification 6.5
        given().contentType(ContentType.JSON).body(Map.of("clientId", clientId, "questionnaireId", questionnaireId))
                .when().post("/api/v1/quotations")
                .then().statusCode(201)
                .body("audits.type", contains("SURVEILLANCE", "RECERTIFICATION"))
                .body("audits.number", contains(2, 1))
                .body("audits.days", contains(3.0f, 6.5f))
                .body("totalDays", equalTo(9.5f))
                .body("totalPrice", equalTo(5250.0f))
                .body("reasons.find { it.item == 'transfer' }.value",
                        equalTo("no stage 1, no stage 2, no surveillance 1"))
                .body("reasons.find { it.item == 'transfer' }.reason", org.hamcrest.Matchers.endsWith(
                        "surveillance 1 was due by 2026-06-01, before the transfer on 2026-09-15: the previous body's"));
    }

    @Test
    void inTheRecertificationYearOnlyTheRecertificationIsQuoted() {
        clock.setTo(LocalDate.of(2027, 7, 1).atTime(9, 0).toInstant(ZoneOffset.UTC));
        String clientId = Fixtures.registerClient("Chi Transfer Late GmbH", 150);
        String questionnaireId = transferQuestionnaire(clientId, LocalDate.of(2028, 5, 31));

        given().contentType(ContentType.JSON).body(Map.of("clientId", clientId, "questionnaireId", questionnaireId))
                .when().post("/api/v1/quotations")
                .then().statusCode(201)
                .body("audits.type", contains("RECERTIFICATION"))
                .body("reasons.item", hasItem("transfer"));
    }

    @Test
    void aCertificateThatExpiredSinceItsReviewIsNotTransferredAndNothingIsStored() {
        clock.setTo(LocalDate.of(2028, 5, 1).atTime(9, 0).toInstant(ZoneOffset.UTC));
        String clientId = Fixtures.registerClient("Psi Transfer Expired GmbH", 150);
        String questionnaireId = transferQuestionnaire(clientId, LocalDate.of(2028, 5, 31));
        clock.setTo(LocalDate.of(2028, 5, 31).atTime(9, 0).toInstant(ZoneOffset.UTC));

        given().contentType(ContentType.JSON).body(Map.of("clientId", clientId, "questionnaireId", questionnaireId))
                .when().post("/api/v1/quotations")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opencert.io/problems/transferred-certificate-expired"))
                .body("violations.field", contains("transfer.expiry"));
        given().queryParam("clientId", clientId).when().get("/api/v1/quotations")
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void aQuotationWhoseSurveillanceWindowClosedSinceIsNotAcceptedAndNoContractExists() {
        clock.setTo(LocalDate.of(2026, 5, 20).atTime(9, 0).toInstant(ZoneOffset.UTC));
        String clientId = Fixtures.registerClient("Omega Transfer Slow GmbH", 150);
        String questionnaireId = transferQuestionnaire(clientId, LocalDate.of(2028, 5, 31));
        String quotationId = given().contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "questionnaireId", questionnaireId))
                .when().post("/api/v1/quotations")
                .then().statusCode(201)
                .body("audits.type", contains("SURVEILLANCE", "SURVEILLANCE", "RECERTIFICATION"))
                .extract().path("id");

        clock.setTo(LocalDate.of(2026, 6, 10).atTime(9, 0).toInstant(ZoneOffset.UTC));
        given().when().post("/api/v1/quotations/{id}/acceptance", quotationId)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opencert.io/problems/transfer-quotation-outdated"))
                .body("detail", org.hamcrest.Matchers.startsWith(
                        "The quotation offers surveillance 1 (due by 2026-06-01), whose window closed before "
                                + "2026-06-10"));

        given().when().get("/api/v1/quotations/{id}", quotationId)
                .then().statusCode(200)
                .body("status", equalTo("ISSUED"));
        assertThat(CloudEvents.allPublished(connector, ContractSignedV1.class))
                .noneMatch(event -> event.data().clientId().toString().equals(clientId));
    }

    private static String transferQuestionnaire(String clientId, LocalDate expiry) {
        Map<String, Object> answers = Fixtures.answers(clientId);
        answers.put("transfer", Map.of("certificateNumber", "OC-2025-0042", "body", "Other Certification GmbH",
                "expiry", expiry.toString(), "openNonconformities", 0, "accredited", true, "suspended", false));
        String questionnaireId = Fixtures.submitQuestionnaire(answers);
        Fixtures.reviewQuestionnaire(questionnaireId);
        return questionnaireId;
    }
}
