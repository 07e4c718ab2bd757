package io.opencert.client.client;

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
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
class ClientResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEMS = "https://opencert.io/problems/";

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void registersAClientWithItsHeadOfficeAsItsOneSiteAndReadsItBack() {
        Map<String, Object> registration = Fixtures.registration("Gamma Hosting AG", 12);

        ExtractableResponse<Response> created = given().contentType(ContentType.JSON).body(registration)
                .when().post("/api/v1/clients")
                .then().statusCode(201)
                .body("legalName", equalTo("Gamma Hosting AG"))
                .body("registrationNumber", equalTo(registration.get("registrationNumber")))
                .body("persons", equalTo(12))
                .body("standards", contains("ISO_IEC_20000_1_2018"))
                .body("sites", hasSize(1))
                .body("sites[0].name", equalTo("Head office"))
                .body("sites[0].city", equalTo("Hamburg"))
                .body("sites[0].centralFunction", equalTo(true))
                .body("sites[0].persons", equalTo(12))
                .body("registeredAt", notNullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/clients/" + id);

        given().when().get("/api/v1/clients/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("legalName", equalTo("Gamma Hosting AG"))
                .body("city", equalTo("Hamburg"))
                .body("country", equalTo("DE"))
                .body("scope", equalTo(registration.get("scope")))
                .body("standards", contains("ISO_IEC_20000_1_2018"))
                .body("sites[0].id", equalTo(created.path("sites[0].id")))
                .body("version", equalTo(0));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void registersTheGivenSites() {
        Map<String, Object> registration = new HashMap<>(Fixtures.registration("Delta Services SE", 40));
        registration.put("sites", List.of(
                Map.of("name", "Headquarters", "city", "Munich", "country", "DE", "centralFunction", true,
                        "persons", 30),
                Map.of("name", "Service desk", "city", "Vienna", "country", "AT", "centralFunction", false,
                        "persons", 10)));

        String id = given().contentType(ContentType.JSON).body(registration)
                .when().post("/api/v1/clients")
                .then().statusCode(201)
                .extract().path("id");

        given().when().get("/api/v1/clients/{id}", id)
                .then().statusCode(200)
                .body("sites.name", contains("Headquarters", "Service desk"))
                .body("sites.country", contains("DE", "AT"))
                .body("sites.centralFunction", contains(true, false))
                .body("sites.persons", contains(30, 10));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void listsClientsByPartOfTheirNameOnePageAtATime() {
        String token = "kw" + UUID.randomUUID().toString().substring(0, 8);
        String second = Fixtures.registerClient("Beta " + token + " Ltd", 5);
        String first = Fixtures.registerClient("Alpha " + token.toUpperCase() + " Ltd", 5);
        String third = Fixtures.registerClient("Gamma " + token + " Ltd", 5);

        given().queryParam("name", token).queryParam("size", 2)
                .when().get("/api/v1/clients")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("total", equalTo(3))
                .body("items.id", contains(first, second));
        given().queryParam("name", token).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/clients")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains(third))
                .body("items[0].legalName", equalTo("Gamma " + token + " Ltd"))
                .body("items[0].persons", equalTo(5));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aPageHasAtMostOneHundredClients() {
        given().queryParam("size", 101)
                .when().get("/api/v1/clients")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("size"));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aPageBeyondAnyListIsRefusedNotFailed() {
        for (String page : List.of("2147483647", "99999999999999999999", "abc")) {
            refused(given().queryParam("page", page).when().get("/api/v1/clients"),
                    "page", "must be a whole number from 0 to 9999999");
        }
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aControlCharacterInANameOrASearchIsRefusedAndNothingIsRegistered() {
        refused(given().contentType(ContentType.JSON).body(Fixtures.registration("Zeta\u0000 Hosting GmbH", 8))
                .when().post("/api/v1/clients"), "legalName", "must not contain control characters such as NUL");
        refused(given().contentType(ContentType.JSON).body(Fixtures.registration("Zeta\nHosting GmbH", 8))
                .when().post("/api/v1/clients"), "legalName", "must be one line without control characters");
        refused(given().queryParam("name", "Zeta\u0000").when().get("/api/v1/clients"),
                "name", "must be one line without control characters");

        given().queryParam("name", "Zeta")
                .when().get("/api/v1/clients")
                .then().statusCode(200)
                .body("items.legalName", not(hasItem(containsString("Hosting GmbH"))));
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void aRegistrationNumberIsRegisteredOnlyOnce() {
        Map<String, Object> registration = Fixtures.registration("Epsilon IT GmbH", 8);
        String id = given().contentType(ContentType.JSON).body(registration)
                .when().post("/api/v1/clients")
                .then().statusCode(201)
                .extract().path("id");

        given().contentType(ContentType.JSON).body(registration)
                .when().post("/api/v1/clients")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "duplicate-registration"))
                .body("status", equalTo(409))
                .body("detail", containsString(id));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void rejectsAnInvalidRegistrationNamingEachField() {
        Map<String, Object> registration = new HashMap<>(Fixtures.registration(" ", 0));
        registration.put("country", "Germany");
        registration.put("standards", List.of());

        given().contentType(ContentType.JSON).body(registration)
                .when().post("/api/v1/clients")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-input"))
                .body("violations.field", contains("country", "legalName", "persons", "standards"));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void rejectsSitesWithoutExactlyOneCentralFunction() {
        Map<String, Object> registration = new HashMap<>(Fixtures.registration("Zeta GmbH", 20));
        registration.put("sites", List.of(
                Map.of("name", "North", "city", "Kiel", "country", "DE", "centralFunction", false, "persons", 10),
                Map.of("name", "South", "city", "Ulm", "country", "DE", "centralFunction", false, "persons", 10)));

        given().contentType(ContentType.JSON).body(registration)
                .when().post("/api/v1/clients")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("sites"));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void certifiesCloudServicesOnlyTogetherWithIsoIec20000Part1() {
        Map<String, Object> registration = new HashMap<>(Fixtures.registration("Eta Cloud Ltd", 20));
        registration.put("standards", List.of("ISO_IEC_TR_20000_9_2015"));

        given().contentType(ContentType.JSON).body(registration)
                .when().post("/api/v1/clients")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("standards"));
    }

    @Test
    void refusesAnUnauthenticatedCaller() {
        given().when().get("/api/v1/clients")
                .then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void refusesARoleThatDoesNotRegisterClients() {
        given().contentType(ContentType.JSON).body(Fixtures.registration("Theta GmbH", 3))
                .when().post("/api/v1/clients")
                .then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = Fixtures.CLIENT_A))
    void aClientUserSeesOnlyTheirOwnOrganisation() {
        given().when().get("/api/v1/clients/{id}", Fixtures.CLIENT_A)
                .then().statusCode(200)
                .body("legalName", equalTo("Alpha Managed Services GmbH"));
        given().when().get("/api/v1/clients/{id}", Fixtures.CLIENT_B)
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "not-found"));
        given().when().get("/api/v1/clients")
                .then().statusCode(403);
    }

    private static void refused(Response response, String field, String message) {
        response.then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-input"))
                .body("violations.field", contains(field))
                .body("violations.message", contains(message));
    }
}
