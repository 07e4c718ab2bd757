package io.opencert.client.impartiality;

import io.opencert.client.Fixtures;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.client.ConsultancyRecordedV1;
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
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The register of consultancy relationships, and the refusal to certify a client the body consulted. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
class ImpartialityResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEMS = "https://opencert.io/problems/";

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    private static Map<String, Object> entry(String consultant, String auditor, String from, String to) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("clientId", Fixtures.CLIENT_E);
        entry.put("consultant", consultant);
        entry.put("auditor", auditor);
        entry.put("description", "Implementation project of the service management system");
        entry.put("from", from);
        entry.put("to", to);
        return entry;
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aQuotationForAClientTheBodyConsultedCannotBeAcceptedButCanBeRejected() {
        given().contentType(ContentType.JSON).body(entry("CERTIFICATION_BODY", null, "2025-06-01", null))
                .when().post("/api/v1/impartiality/consultancies")
                .then().statusCode(201)
                .body("consultant", equalTo("CERTIFICATION_BODY"))
                .body("recordedBy", equalTo("staff"));
        String quotationId = Fixtures.issueQuotation(Fixtures.CLIENT_E, 30);

        given().when().post("/api/v1/quotations/{id}/acceptance", quotationId)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "certification-body-consulted-client"))
                .body("detail", containsString("last 2 years"));
        given().when().get("/api/v1/quotations/{id}", quotationId)
                .then().body("status", equalTo("ISSUED"));

        given().when().post("/api/v1/quotations/{id}/rejection", quotationId)
                .then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        given().when().post("/api/v1/quotations/{id}/rejection", quotationId)
                .then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "quotation-not-issued"));

        given().queryParam("clientId", Fixtures.CLIENT_E)
                .when().get("/api/v1/impartiality/consultancies")
                .then().statusCode(200)
                .body("items.consultant", hasItem("CERTIFICATION_BODY"));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void anAuditorsConsultancyIsToldToTheOtherServices() {
        String id = given().contentType(ContentType.JSON).body(entry("AUDITOR", " auditor7 ", "2025-02-01", "2025-08-31"))
                .when().post("/api/v1/impartiality/consultancies")
                .then().statusCode(201).extract().path("id");

        ConsultancyRecordedV1 recorded = CloudEvents.published(connector, ConsultancyRecordedV1.class,
                event -> event.consultancyId().toString().equals(id)).data();
        assertThat(recorded.clientId().toString()).isEqualTo(Fixtures.CLIENT_E);
        assertThat(recorded.auditor()).isEqualTo("auditor7");
        assertThat(recorded.fromDate()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(recorded.toDate()).isEqualTo(LocalDate.of(2025, 8, 31));
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void namesEveryBadField() {
        given().contentType(ContentType.JSON).body(entry("AUDITOR", null, "2025-06-01", null))
                .when().post("/api/v1/impartiality/consultancies")
                .then().statusCode(400)
                .body("violations.field", contains("auditor"));
        given().contentType(ContentType.JSON).body(entry("CERTIFICATION_BODY", "auditor1", "2025-06-01", null))
                .when().post("/api/v1/impartiality/consultancies")
                .then().statusCode(400)
                .body("violations.field", contains("auditor"));
        given().contentType(ContentType.JSON).body(entry("AUDITOR", "auditor1", "2025-06-01", "2025-05-01"))
                .when().post("/api/v1/impartiality/consultancies")
                .then().statusCode(400)
                .body("violations.field", contains("to"));
        given().contentType(ContentType.JSON).body(Map.of("auditor", "x"))
                .when().post("/api/v1/impartiality/consultancies")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("clientId", "consultant", "description", "from"));
        Map<String, Object> unknownClient = entry("CERTIFICATION_BODY", null, "2025-06-01", null);
        unknownClient.put("clientId", "00000000-0000-4000-8000-000000000000");
        given().contentType(ContentType.JSON).body(unknownClient)
                .when().post("/api/v1/impartiality/consultancies")
                .then().statusCode(400)
                .body("violations.field", contains("clientId"));
    }

    @Test
    @TestSecurity(user = "client-e", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = Fixtures.CLIENT_E))
    void clientUsersNeitherReadNorWriteTheRegister() {
        given().when().get("/api/v1/impartiality/consultancies").then().statusCode(403);
        given().contentType(ContentType.JSON).body(entry("AUDITOR", "auditor1", "2025-06-01", null))
                .when().post("/api/v1/impartiality/consultancies")
                .then().statusCode(403);
    }

    @Test
    void refusesAnUnauthenticatedCaller() {
        given().when().get("/api/v1/impartiality/consultancies").then().statusCode(401);
    }
}
