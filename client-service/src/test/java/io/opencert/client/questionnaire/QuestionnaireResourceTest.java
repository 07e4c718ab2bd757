package io.opencert.client.questionnaire;

import io.opencert.client.Fixtures;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** A client user fills in its organisation's questionnaire; staff return it once and then review it. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuestionnaireResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEMS = "https://opencert.io/problems/";

    private static String questionnaireId;
    private static String transferQuotationId;

    @Test
    @Order(1)
    @TestSecurity(user = "client-d", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = Fixtures.CLIENT_D))
    void theClientsUserFillsInTheQuestionnaireOfItsOwnOrganisation() {
        ExtractableResponse<Response> submitted = given().contentType(ContentType.JSON)
                .body(Fixtures.answers(Fixtures.CLIENT_D))
                .when().post("/api/v1/questionnaires")
                .then().statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("clientId", equalTo(Fixtures.CLIENT_D))
                .body("persons", equalTo(150))
                .body("sites.name", contains("Munich head office", "Frankfurt data centre"))
                .body("sites.centralFunction", contains(true, false))
                .body("services", contains("Collaboration SaaS", "Managed IaaS", "Service desk"))
                .body("standards", contains("ISO_IEC_20000_1_2018", "ISO_IEC_TR_20000_9_2015"))
                .body("cloudServiceModels", contains("IAAS", "SAAS"))
                .body("cloudDeploymentModels", contains("PUBLIC", "PRIVATE"))
                .body("integratedSystem", equalTo("ISO_IEC_27001"))
                .body("transfer.certificateNumber", equalTo("OC-2024-0815"))
                .body("transfer.openNonconformities", equalTo(1))
                .body("submittedBy", equalTo("client-d"))
                .extract();
        questionnaireId = submitted.path("id");
        assertThat(submitted.header("ETag")).isEqualTo("\"0\"");
        assertThat(submitted.header("Location")).endsWith("/api/v1/questionnaires/" + questionnaireId);

        given().when().get("/api/v1/questionnaires")
                .then().statusCode(200)
                .body("items.id", hasItem(questionnaireId))
                .body("items.clientId", everyItem(equalTo(Fixtures.CLIENT_D)));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "client-d", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = Fixtures.CLIENT_D))
    void aClientUserFillsInNothingForAnotherOrganisation() {
        given().contentType(ContentType.JSON).body(Fixtures.answers(Fixtures.CLIENT_A))
                .when().post("/api/v1/questionnaires")
                .then().statusCode(404)
                .contentType(PROBLEM);
        given().queryParam("clientId", Fixtures.CLIENT_A)
                .when().get("/api/v1/questionnaires")
                .then().statusCode(404);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = Fixtures.CLIENT_A))
    void anotherOrganisationsUserFindsNoSuchQuestionnaire() {
        given().when().get("/api/v1/questionnaires/{id}", questionnaireId)
                .then().statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "staff", roles = "cb-staff")
    void staffReturnItWithANoteSayingWhatToComplete() {
        given().contentType(ContentType.JSON).body(Map.of("outcome", "RETURNED"))
                .when().post("/api/v1/questionnaires/{id}/review", questionnaireId)
                .then().statusCode(400)
                .body("violations.field", contains("note"));

        given().contentType(ContentType.JSON)
                .body(Map.of("outcome", "RETURNED", "note", "Add the persons of the Frankfurt night shift"))
                .when().post("/api/v1/questionnaires/{id}/review", questionnaireId)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("RETURNED"))
                .body("reviewedBy", equalTo("staff"))
                .body("reviewNote", equalTo("Add the persons of the Frankfurt night shift"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "client-d", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = Fixtures.CLIENT_D))
    void theClientCorrectsTheVersionItReadAndSubmitsAgain() {
        Map<String, Object> corrected = Fixtures.answers(Fixtures.CLIENT_D);
        corrected.put("persons", 160);
        corrected.put("sites", List.of(
                Map.of("name", "Munich head office", "city", "Munich", "country", "DE", "centralFunction", true,
                        "persons", 100),
                Map.of("name", "Frankfurt data centre", "city", "Frankfurt", "country", "DE", "centralFunction", false,
                        "persons", 60)));

        given().contentType(ContentType.JSON).body(corrected)
                .when().put("/api/v1/questionnaires/{id}", questionnaireId)
                .then().statusCode(428)
                .body("type", equalTo(PROBLEMS + "precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(corrected)
                .when().put("/api/v1/questionnaires/{id}", questionnaireId)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "questionnaire-changed"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(corrected)
                .when().put("/api/v1/questionnaires/{id}", questionnaireId)
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("persons", equalTo(160))
                .body("reviewNote", nullValue());
    }

    @Test
    @Order(6)
    @TestSecurity(user = "staff", roles = "cb-staff")
    void staffReviewItOnceWithThePreTransferReview() {
        given().contentType(ContentType.JSON).body(Map.of("outcome", "REVIEWED"))
                .when().post("/api/v1/questionnaires/{id}/review", questionnaireId)
                .then().statusCode(400)
                .body("violations.field", contains("preTransferReview"));
        // the transferred certificate has 1 open nonconformity: 2 of them cannot be major
        given().contentType(ContentType.JSON).body(Map.of("outcome", "REVIEWED", "preTransferReview",
                        "Two majors open", "openMajorNonconformities", 2))
                .when().post("/api/v1/questionnaires/{id}/review", questionnaireId)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("openMajorNonconformities"));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "REVIEWED", "preTransferReview",
                        "Minus one major", "openMajorNonconformities", -1))
                .when().post("/api/v1/questionnaires/{id}/review", questionnaireId)
                .then().statusCode(400);
        given().when().get("/api/v1/questionnaires/{id}", questionnaireId)
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        Fixtures.reviewQuestionnaire(questionnaireId);
        given().when().get("/api/v1/questionnaires/{id}", questionnaireId)
                .then().statusCode(200)
                .body("status", equalTo("REVIEWED"))
                .body("preTransferReview", startsWith("One minor nonconformity open"))
                .body("preTransferOpenMajorNonconformities", equalTo(0))
                .body("reviewedBy", equalTo("staff"));
        transferQuotationId = given().contentType(ContentType.JSON)
                .body(Map.of("clientId", Fixtures.CLIENT_D, "questionnaireId", questionnaireId))
                .when().post("/api/v1/quotations")
                .then().statusCode(201)
                .body("preTransferReview", startsWith("One minor nonconformity open"))
                .body("preTransferReviewedBy", equalTo("staff"))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "REVIEWED"))
                .when().post("/api/v1/questionnaires/{id}/review", questionnaireId)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "questionnaire-not-submitted"));
        given().queryParam("clientId", Fixtures.CLIENT_D).queryParam("status", "REVIEWED")
                .when().get("/api/v1/questionnaires")
                .then().statusCode(200)
                .body("items.id", hasItem(questionnaireId))
                .body("items.status", everyItem(equalTo("REVIEWED")));
    }

    @Test
    @Order(7)
    @TestSecurity(user = "client-d", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = Fixtures.CLIENT_D))
    void aReviewedQuestionnaireIsNoLongerChangedAndItsUserSeesNotTheBodysPreTransferReview() {
        String etag = given().when().get("/api/v1/questionnaires/{id}", questionnaireId)
                .then().statusCode(200)
                .body("status", equalTo("REVIEWED"))
                .body("transfer.certificateNumber", equalTo("OC-2024-0815"))
                .body("preTransferReview", nullValue())
                .body("preTransferOpenMajorNonconformities", nullValue())
                .extract().header("ETag");
        given().when().get("/api/v1/quotations/{id}", transferQuotationId)
                .then().statusCode(200)
                .body("transfer.certificateNumber", equalTo("OC-2024-0815"))
                .body("audits.type", hasItem("RECERTIFICATION"))
                .body("preTransferReview", nullValue())
                .body("preTransferOpenMajorNonconformities", nullValue())
                .body("preTransferReviewedBy", nullValue());

        given().contentType(ContentType.JSON).header("If-Match", etag).body(Fixtures.answers(Fixtures.CLIENT_D))
                .when().put("/api/v1/questionnaires/{id}", questionnaireId)
                .then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "questionnaire-reviewed"));
    }

    @Test
    @Order(8)
    @TestSecurity(user = "staff", roles = "cb-staff")
    void answersThatDoNotFitTogetherAreRefusedNamingEachField() {
        Map<String, Object> answers = Fixtures.answers(Fixtures.CLIENT_D);
        answers.put("persons", 10);
        answers.put("sites", List.of(
                Map.of("name", "North", "city", "Kiel", "country", "DE", "centralFunction", false, "persons", 3),
                Map.of("name", "South", "city", "Ulm", "country", "DE", "centralFunction", false, "persons", 4)));
        answers.put("cloudServiceModels", List.of());
        answers.put("transfer", Map.of("certificateNumber", "OC-1", "body", "Old CB", "expiry", "2001-01-31",
                "openNonconformities", 0, "accredited", false, "suspended", true));

        given().contentType(ContentType.JSON).body(answers)
                .when().post("/api/v1/questionnaires")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-input"))
                .body("violations.field", containsInAnyOrder("sites", "persons", "cloudServiceModels",
                        "transfer.expiry", "transfer.accredited", "transfer.suspended"));
    }

    @Test
    @Order(9)
    @TestSecurity(user = "staff", roles = "cb-staff")
    void badValuesAreRefusedNamingEachField() {
        Map<String, Object> answers = Fixtures.answers(Fixtures.CLIENT_D);
        answers.put("scope", " ");
        answers.put("services", List.of());
        answers.put("suppliers", -1);
        answers.put("serviceComplexity", null);
        answers.put("sites", List.of(Map.of("name", "North", "city", "Kiel", "country", "Germany",
                "centralFunction", true, "persons", 0)));
        answers.put("transfer", Map.of("certificateNumber", "", "body", "Old CB", "expiry", "2099-01-31",
                "openNonconformities", -2, "accredited", true));

        given().contentType(ContentType.JSON).body(answers)
                .when().post("/api/v1/questionnaires")
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("scope", "services", "suppliers", "serviceComplexity",
                        "sites[0].country", "sites[0].persons", "transfer.certificateNumber",
                        "transfer.openNonconformities", "transfer.suspended"));

        given().contentType(ContentType.JSON).body(Map.of("outcome", "MAYBE"))
                .when().post("/api/v1/questionnaires/{id}/review", questionnaireId)
                .then().statusCode(400)
                .body("violations.field", contains("outcome"));
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void otherRolesAreRefused() {
        given().contentType(ContentType.JSON).body(Fixtures.answers(Fixtures.CLIENT_D))
                .when().post("/api/v1/questionnaires")
                .then().statusCode(403);
    }

    @Test
    void refusesAnUnauthenticatedCaller() {
        given().when().get("/api/v1/questionnaires")
                .then().statusCode(401);
    }
}
