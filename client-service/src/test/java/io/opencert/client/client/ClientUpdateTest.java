package io.opencert.client.client;

import io.opencert.client.Fixtures;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.changelog.ChangeLogEntry;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.client.ClientUpdatedV1;
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
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Changing a client's data: staff change any editable field, the client's own user only its address. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
class ClientUpdateTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEMS = "https://opencert.io/problems/";
    /** The organisation of a client user that only this test changes (db/fixtures). */
    private static final String CLIENT_C = "c1c00000-0000-4000-8000-000000000003";

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Inject
    ChangeLog changeLog;

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void staffChangeTheEditableFieldsOfTheVersionTheyReadAndTheChangeIsAnnounced() throws Throwable {
        String id = Fixtures.registerClient("Lambda Hosting GmbH", 30);
        String etag = given().when().get("/api/v1/clients/{id}", id)
                .then().statusCode(200)
                .body("version", equalTo(0))
                .extract().header("ETag");
        assertThat(etag).isEqualTo("\"0\"");

        Map<String, Object> update = update("Lambda Hosting SE", "Bremen", "AT", 48, "Hosting and service desk");
        ExtractableResponse<Response> updated = given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(update)
                .when().put("/api/v1/clients/{id}", id)
                .then().statusCode(200)
                .body("legalName", equalTo("Lambda Hosting SE"))
                .body("version", equalTo(1))
                .extract();
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");

        given().when().get("/api/v1/clients/{id}", id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("legalName", equalTo("Lambda Hosting SE"))
                .body("city", equalTo("Bremen"))
                .body("country", equalTo("AT"))
                .body("persons", equalTo(48))
                .body("scope", equalTo("Hosting and service desk"))
                .body("version", equalTo(1));

        ClientUpdatedV1 event = CloudEvents.published(connector, ClientUpdatedV1.class,
                updatedEvent -> updatedEvent.clientId().toString().equals(id)).data();
        assertThat(event.legalName()).isEqualTo("Lambda Hosting SE");
        assertThat(event.city()).isEqualTo("Bremen");
        assertThat(event.country()).isEqualTo("AT");
        assertThat(event.persons()).isEqualTo(48);
        assertThat(event.scope()).isEqualTo("Hosting and service desk");
        assertThat(event.registrationNumber()).startsWith("HRB ");
        assertThat(event.updatedAt()).isNotNull();

        List<ChangeLogEntry> history = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> changeLog.history(ClientService.ENTITY, UUID.fromString(id))));
        assertThat(history).extracting(entry -> entry.action).containsExactly("registered", "updated");
        assertThat(history.get(1).actor).isEqualTo("staff");
        assertThat(history.get(1).details).contains("city: Hamburg -> Bremen", "persons: 30 -> 48",
                "legalName: Lambda Hosting GmbH -> Lambda Hosting SE");
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void anUpdateFromAStaleVersionIsRefusedWithTheCurrentVersion() {
        String id = Fixtures.registerClient("Mu Services GmbH", 10);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(update("Mu Services GmbH", "Kiel", "DE", 10, "Operation of data centre and service desk services"))
                .when().put("/api/v1/clients/{id}", id)
                .then().statusCode(200);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(update("Mu Services GmbH", "Lübeck", "DE", 10, "Operation of data centre and service desk services"))
                .when().put("/api/v1/clients/{id}", id)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "client-changed"))
                .body("status", equalTo(409))
                .body("detail", containsString("current version is 1"));

        given().when().get("/api/v1/clients/{id}", id)
                .then().body("city", equalTo("Kiel"))
                .body("version", equalTo(1));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void ofConcurrentEditsOfTheSameVersionExactlyOneWinsAndTheOthersGet409() throws Exception {
        String id = Fixtures.registerClient("Nu Services GmbH", 10);
        int editors = 6;
        ExecutorService threads = Executors.newFixedThreadPool(editors);
        List<Response> responses;
        try {
            CyclicBarrier together = new CyclicBarrier(editors);
            List<CompletableFuture<Response>> sent = IntStream.range(0, editors)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                                .body(update("Nu Services GmbH", "City " + i, "DE", 10 + i,
                                        "Operation of data centre and service desk services"))
                                .put("/api/v1/clients/{id}", id);
                    }, threads))
                    .toList();
            responses = sent.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdownNow();
        }

        List<Response> won = responses.stream().filter(response -> response.statusCode() == 200).toList();
        assertThat(won).hasSize(1);
        assertThat(responses).filteredOn(response -> response.statusCode() != 200).hasSize(editors - 1)
                .allSatisfy(response -> {
                    assertThat(response.statusCode()).isEqualTo(409);
                    assertThat(response.contentType()).startsWith(PROBLEM);
                });
        given().when().get("/api/v1/clients/{id}", id)
                .then().body("city", equalTo(won.getFirst().jsonPath().getString("city")))
                .body("version", equalTo(1));
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void anUpdateWithoutIfMatchIsRefused() {
        String id = Fixtures.registerClient("Nu Services GmbH", 10);

        given().contentType(ContentType.JSON)
                .body(update("Nu Services GmbH", "Kiel", "DE", 10, "Operation of data centre and service desk services"))
                .when().put("/api/v1/clients/{id}", id)
                .then().statusCode(428)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "precondition-required"))
                .body("status", equalTo(428));

        given().when().get("/api/v1/clients/{id}", id)
                .then().body("city", equalTo("Hamburg"))
                .body("version", equalTo(0));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void anInvalidUpdateNamesEachField() {
        String id = Fixtures.registerClient("Xi Services GmbH", 10);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(update(" ", "Kiel", "Germany", 0, "x"))
                .when().put("/api/v1/clients/{id}", id)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("country", "legalName", "persons"));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void anUnknownClientIsNotFound() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(update("Omicron GmbH", "Kiel", "DE", 10, "Scope"))
                .when().put("/api/v1/clients/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
    }

    @Test
    @TestSecurity(user = "client-c", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = CLIENT_C))
    void theClientsOwnUserChangesItsAddressButNotWhatStaffReviewed() {
        ExtractableResponse<Response> current = given().when().get("/api/v1/clients/{id}", CLIENT_C)
                .then().statusCode(200).extract();
        String etag = current.header("ETag");
        int persons = current.path("persons");
        Map<String, Object> mine = update(current.path("legalName"), "Dresden", current.path("country"),
                persons, current.path("scope"));

        Map<String, Object> reviewed = new HashMap<>(mine);
        reviewed.put("legalName", "Gamma Service Desk GmbH");
        reviewed.put("scope", "Everything");
        reviewed.put("persons", persons + 5);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(reviewed)
                .when().put("/api/v1/clients/{id}", CLIENT_C)
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "not-editable-by-client"))
                .body("detail", containsString("legalName, persons, scope"))
                .body("violations.field", contains("legalName", "persons", "scope"));

        given().contentType(ContentType.JSON).header("If-Match", etag).body(mine)
                .when().put("/api/v1/clients/{id}", CLIENT_C)
                .then().statusCode(200)
                .body("city", equalTo("Dresden"))
                .body("persons", equalTo(persons));

        given().when().get("/api/v1/clients/{id}", CLIENT_C)
                .then().statusCode(200)
                .body("city", equalTo("Dresden"))
                .body("persons", equalTo(persons))
                .body("legalName", equalTo("Gamma Service Desk KG"));
        ClientUpdatedV1 event = CloudEvents.published(connector, ClientUpdatedV1.class,
                updated -> updated.clientId().toString().equals(CLIENT_C) && "Dresden".equals(updated.city())).data();
        assertThat(event.persons()).isEqualTo(persons);
    }

    @Test
    @TestSecurity(user = "client-c", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = CLIENT_C))
    void aClientUserFindsNoOtherOrganisation() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(update("Alpha Managed Services GmbH", "Potsdam", "DE", 12,
                        "Operation of managed IT services (service desk, hosting) for business customers"))
                .when().put("/api/v1/clients/{id}", Fixtures.CLIENT_A)
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "not-found"));
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void otherRolesAreRefused() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(update("Alpha Managed Services GmbH", "Potsdam", "DE", 12, "Scope"))
                .when().put("/api/v1/clients/{id}", Fixtures.CLIENT_A)
                .then().statusCode(403);
    }

    private static Map<String, Object> update(String legalName, String city, String country, int persons,
                                              String scope) {
        return Map.of("legalName", legalName, "city", city, "country", country, "persons", persons,
                "scope", scope);
    }
}
