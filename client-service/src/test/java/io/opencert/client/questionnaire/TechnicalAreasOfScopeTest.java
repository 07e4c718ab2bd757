package io.opencert.client.questionnaire;

import io.opencert.client.Fixtures;
import io.opencert.commons.testing.CloudEvents;
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
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * The technical areas of the scope: the client proposes them in the questionnaire, staff confirm them at the review,
 * and the quotation's contract announces them with ContractSigned for the audit programme.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
@TestSecurity(user = "staff", roles = "cb-staff")
class TechnicalAreasOfScopeTest {

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    void theAreasProposedInTheQuestionnaireAndConfirmedAtTheReviewReachTheContract() {
        String clientId = Fixtures.registerClient("Areas Hosting GmbH", 150);
        Map<String, Object> answers = new HashMap<>(Fixtures.firstCycleAnswers(clientId));
        answers.put("technicalAreas", List.of("IT-CLOUD-SAAS", "IT-CLOUD-IAAS"));
        String questionnaireId = given().contentType(ContentType.JSON).body(answers)
                .post("/api/v1/questionnaires").then().statusCode(201)
                .body("technicalAreas", contains("IT-CLOUD-IAAS", "IT-CLOUD-SAAS"))
                .extract().path("id");

        // staff add the service desk the client's services name but its proposal left out
        given().contentType(ContentType.JSON).body(Map.of("outcome", "REVIEWED",
                        "technicalAreas", List.of("IT-CLOUD-IAAS", "IT-CLOUD-SAAS", "IT-SERVICE-DESK")))
                .post("/api/v1/questionnaires/{id}/review", questionnaireId).then().statusCode(200)
                .body("status", equalTo("REVIEWED"))
                .body("technicalAreas", contains("IT-CLOUD-IAAS", "IT-CLOUD-SAAS", "IT-SERVICE-DESK"));
        String quotationId = given().contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "questionnaireId", questionnaireId, "validDays", 30))
                .post("/api/v1/quotations").then().statusCode(201).extract().path("id");
        String contractId = given().post("/api/v1/quotations/{id}/acceptance", quotationId).then().statusCode(200)
                .extract().path("contractId");

        given().get("/api/v1/contracts/{id}", contractId).then().statusCode(200)
                .body("technicalAreas", contains("IT-CLOUD-IAAS", "IT-CLOUD-SAAS", "IT-SERVICE-DESK"));
        ContractSignedV1 signed = CloudEvents.published(connector, ContractSignedV1.class,
                event -> event.contractId().toString().equals(contractId)).data();
        assertThat(signed.technicalAreas()).containsExactly("IT-CLOUD-IAAS", "IT-CLOUD-SAAS", "IT-SERVICE-DESK");
    }

    @Test
    void aReviewWithoutAreasConfirmsTheProposalAndAContractWithoutAreasAnnouncesNone() {
        String clientId = Fixtures.registerClient("No Areas Services GmbH", 20);
        String questionnaireId = Fixtures.submitQuestionnaire(Fixtures.firstCycleAnswers(clientId));

        given().contentType(ContentType.JSON).body(Map.of("outcome", "REVIEWED"))
                .post("/api/v1/questionnaires/{id}/review", questionnaireId).then().statusCode(200)
                .body("technicalAreas", empty());
        String quotationId = given().contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "questionnaireId", questionnaireId, "validDays", 30))
                .post("/api/v1/quotations").then().statusCode(201).extract().path("id");
        String contractId = given().post("/api/v1/quotations/{id}/acceptance", quotationId).then().statusCode(200)
                .extract().path("contractId");

        assertThat(CloudEvents.published(connector, ContractSignedV1.class,
                event -> event.contractId().toString().equals(contractId)).data().technicalAreas()).isNull();
    }

    @Test
    void refusesAnAreaThatIsNoCodeOfTheCatalogue() {
        String clientId = Fixtures.registerClient("Bad Code Services GmbH", 20);
        Map<String, Object> answers = new HashMap<>(Fixtures.firstCycleAnswers(clientId));
        answers.put("technicalAreas", List.of("cloud hosting"));

        given().contentType(ContentType.JSON).body(answers)
                .post("/api/v1/questionnaires").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(startsWith("technicalAreas")));
    }
}
