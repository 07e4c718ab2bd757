package io.opencert.client.client;

import io.opencert.client.Fixtures;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.changelog.ChangeLogEntry;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.client.ClientRegisteredV1;
import io.opencert.events.client.ClientUpdatedV1;
import io.opencert.events.model.Contact;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The client's full record: address and contacts, the facts of the reviewed questionnaire, search for staff. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
class ClientRecordTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEMS = "https://opencert.io/problems/";

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Inject
    ChangeLog changeLog;

    private static Map<String, Object> contact(String name, String email) {
        return Map.of("name", name, "role", "SMS manager", "email", email, "phone", "+49 40 123456");
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void registersAddressAndContactsAndReplacesTheContactsOfTheVersionRead() throws Throwable {
        Map<String, Object> registration = new HashMap<>(Fixtures.registration("Sigma Services GmbH", 25));
        registration.put("street", "Hafenstrasse 1");
        registration.put("postalCode", "20457");
        registration.put("contacts", List.of(contact("Sina Sigma", "sina@sigma.example")));
        String id = given().contentType(ContentType.JSON).body(registration)
                .when().post("/api/v1/clients")
                .then().statusCode(201)
                .body("street", equalTo("Hafenstrasse 1"))
                .body("postalCode", equalTo("20457"))
                .body("contacts.email", contains("sina@sigma.example"))
                .extract().path("id");

        Map<String, Object> contacts = Map.of("contacts", List.of(contact("Sina Sigma", "sina@sigma.example"),
                contact("Tom Tau", "tom@sigma.example")));
        given().contentType(ContentType.JSON).body(contacts)
                .when().put("/api/v1/clients/{id}/contacts", id)
                .then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(contacts)
                .when().put("/api/v1/clients/{id}/contacts", id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("contacts.name", contains("Sina Sigma", "Tom Tau"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("contacts", List.of(contact("Uma", "uma@sigma.example"))))
                .when().put("/api/v1/clients/{id}/contacts", id)
                .then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "client-changed"));

        List<ChangeLogEntry> history = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> changeLog.history(ClientService.ENTITY, UUID.fromString(id))));
        assertThat(history).extracting(entry -> entry.action).containsExactly("registered", "contacts changed");
        assertThat(history.get(1).details).contains("Tom Tau (SMS manager) <tom@sigma.example>");
        assertThat(CloudEvents.published(connector, ClientRegisteredV1.class,
                event -> event.clientId().toString().equals(id)).data().contacts())
                .containsExactly(new Contact("Sina Sigma", "SMS manager", "sina@sigma.example"));
        ClientUpdatedV1 updated = CloudEvents.published(connector, ClientUpdatedV1.class,
                event -> event.clientId().toString().equals(id)).data();
        assertThat(updated.legalName()).isEqualTo("Sigma Services GmbH");
        assertThat(updated.contacts()).containsExactly(new Contact("Sina Sigma", "SMS manager", "sina@sigma.example"),
                new Contact("Tom Tau", "SMS manager", "tom@sigma.example"));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void refusesBadContactsNamingEachField() {
        String id = Fixtures.registerClient("Tau Services GmbH", 5);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("contacts", List.of(Map.of("name", " ", "email", "not-an-address", "phone", "call me"))))
                .when().put("/api/v1/clients/{id}/contacts", id)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("contacts[0].name", "contacts[0].email",
                        "contacts[0].phone"));
    }

    @Test
    @TestSecurity(user = "client-e", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = Fixtures.CLIENT_E))
    void aClientUserKeepsTheContactsOfItsOwnOrganisation() {
        String etag = given().when().get("/api/v1/clients/{id}", Fixtures.CLIENT_E)
                .then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("contacts", List.of(contact("Eva Epsilon", "eva@epsilon.example"))))
                .when().put("/api/v1/clients/{id}/contacts", Fixtures.CLIENT_E)
                .then().statusCode(200)
                .body("contacts.name", contains("Eva Epsilon"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("contacts", List.of(contact("Eva Epsilon", "eva@epsilon.example"))))
                .when().put("/api/v1/clients/{id}/contacts", Fixtures.CLIENT_A)
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void theReviewedQuestionnaireBecomesTheClientsRecordAndIsAnnounced() throws Throwable {
        String id = Fixtures.registerClient("Upsilon Cloud GmbH", 12);
        Fixtures.reviewQuestionnaire(Fixtures.submitQuestionnaire(id));

        given().when().get("/api/v1/clients/{id}", id)
                .then().statusCode(200)
                .body("persons", equalTo(150))
                .body("sites.name", contains("Munich head office", "Frankfurt data centre"))
                .body("sites.centralFunction", contains(true, false))
                .body("services", contains("Collaboration SaaS", "Managed IaaS", "Service desk"))
                .body("standards", contains("ISO_IEC_20000_1_2018", "ISO_IEC_TR_20000_9_2015"))
                .body("cloudServiceModels", contains("IAAS", "SAAS"))
                .body("cloudDeploymentModels", contains("PUBLIC", "PRIVATE"))
                .body("transfer.body", equalTo("Other Certification GmbH"))
                .body("transfer.openNonconformities", equalTo(1))
                .body("version", equalTo(1));
        assertThat(CloudEvents.published(connector, ClientUpdatedV1.class,
                event -> event.clientId().toString().equals(id)).data().persons()).isEqualTo(150);
        List<ChangeLogEntry> history = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> changeLog.history(ClientService.ENTITY, UUID.fromString(id))));
        assertThat(history).extracting(entry -> entry.action).containsExactly("registered", "questionnaire reviewed");
        assertThat(history.get(1).details).contains("persons: 12 -> 150", "transfer: null -> ");
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void staffSearchByNameOrRegistrationNumberCountryAndStandard() {
        String token = "rs" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> german = new HashMap<>(Fixtures.registration("Phi " + token + " GmbH", 5));
        german.put("registrationNumber", "HRB " + token.toUpperCase());
        german.put("standards", List.of("ISO_IEC_20000_1_2018", "ISO_IEC_TR_20000_9_2015"));
        String phi = given().contentType(ContentType.JSON).body(german)
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
        Map<String, Object> austrian = new HashMap<>(Fixtures.registration("Chi " + token + " GmbH", 5));
        austrian.put("country", "AT");
        String chi = given().contentType(ContentType.JSON).body(austrian)
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");

        given().queryParam("name", token).when().get("/api/v1/clients")
                .then().statusCode(200).body("items.id", contains(chi, phi));
        given().queryParam("name", "hrb " + token).when().get("/api/v1/clients")
                .then().statusCode(200).body("items.id", contains(phi));
        given().queryParam("name", token).queryParam("country", "at").when().get("/api/v1/clients")
                .then().statusCode(200).body("items.id", contains(chi));
        given().queryParam("name", token).queryParam("standard", "ISO_IEC_TR_20000_9_2015")
                .when().get("/api/v1/clients")
                .then().statusCode(200).body("total", equalTo(1)).body("items.id", contains(phi));
        given().queryParam("standard", "ISO_27001").when().get("/api/v1/clients")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("standard"))
                .body("violations[0].message", startsWith("must be one of ISO_IEC_20000_1_2018"));
    }
}
