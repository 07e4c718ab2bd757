package io.opencert.scheduling.auditor;

import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.scheduling.AuditorRegisteredV1;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.auditor.dto.AuditorView;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.Standard.ISO_IEC_TR_20000_9_2015;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
class AuditorResourceTest {
    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void theAdministratorRegistersAnAuditor() {
        String username = "lena-" + UUID.randomUUID();

        ExtractableResponse<Response> response =
                register(username, List.of("ISO_IEC_20000_1_2018", "ISO_IEC_TR_20000_9_2015"), true).statusCode(201).extract();

        AuditorView registered = response.as(AuditorView.class);
        assertThat(response.header("Location")).endsWith("/api/v1/auditors/" + registered.id());
        assertThat(registered.username()).isEqualTo(username);
        assertThat(registered.name()).isEqualTo("Lena Peeters");
        assertThat(registered.standards()).containsExactly(ISO_IEC_20000_1_2018, ISO_IEC_TR_20000_9_2015);
        assertThat(registered.leadAuditor()).isTrue();
        given().get("/api/v1/auditors/{id}", registered.id())
                .then().statusCode(200).body("username", equalTo(username)).body("leadAuditor", equalTo(true));
        given().queryParam("size", 100).get("/api/v1/auditors")
                .then().statusCode(200).body("items.username", hasItem(username));
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void anAuditorsAddressIsAnnouncedForTheMailsAboutTheirAudits() {
        String username = "mira-" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "name", "Mira Novak", "standards", List.of("ISO_IEC_20000_1_2018"),
                        "leadAuditor", false, "email", "mira.novak@auditors.example"))
                .post("/api/v1/auditors")
                .then().statusCode(201).body("email", equalTo("mira.novak@auditors.example")).extract().path("id");

        AuditorRegisteredV1 registered = CloudEvents.published(connector, AuditorRegisteredV1.class,
                event -> event.username().equals(username)).data();
        assertThat(registered.auditorId()).hasToString(id);
        assertThat(registered.name()).isEqualTo("Mira Novak");
        assertThat(registered.email()).isEqualTo("mira.novak@auditors.example");

        given().contentType(ContentType.JSON)
                .body(Map.of("username", username + "-2", "name", "Mira Novak", "standards",
                        List.of("ISO_IEC_20000_1_2018"), "leadAuditor", false, "email", "not an address"))
                .post("/api/v1/auditors")
                .then().statusCode(400).body("violations.field", hasItem("email"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void aUsernameIsRegisteredOnce() {
        String username = "arno-" + UUID.randomUUID();
        register(username, List.of("ISO_IEC_20000_1_2018"), false).statusCode(201);

        register(username, List.of("ISO_IEC_20000_1_2011"), true)
                .statusCode(409)
                .body("type", endsWith("/auditor-already-registered"))
                .body("detail", containsString(username));
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void anAuditorNeedsAUsernameAndAStandard() {
        register(" ", List.of(), true)
                .statusCode(400)
                .body("violations.field", hasItem("username"))
                .body("violations.field", hasItem("standards"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void aNulCharacterInAUsernameIsRefusedAndNoAuditorIsRegistered() {
        String username = "nul-" + UUID.randomUUID();

        register(username + "\u0000", List.of("ISO_IEC_20000_1_2018"), false)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/invalid-input"))
                .body("violations.field", contains("username"))
                .body("violations.message", contains("must not contain control characters such as NUL"));
        given().queryParam("size", 100).get("/api/v1/auditors")
                .then().statusCode(200).body("items.username", not(hasItem(containsString(username))));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aPageBeyondAnyListIsRefusedNotFailed() {
        for (String page : List.of("2147483647", "99999999999999999999")) {
            given().queryParam("page", page).get("/api/v1/auditors")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/invalid-input"))
                    .body("violations.field", contains("page"));
        }
        given().queryParam("page", "2147483647").get("/api/v1/planning/board")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", contains("page"));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void planningStaffReadTheRegisterButDoNotChangeIt() {
        given().get("/api/v1/auditors").then().statusCode(200);

        register("staff-" + UUID.randomUUID(), List.of("ISO_IEC_20000_1_2018"), true).statusCode(403);
    }

    private static ValidatableResponse register(String username, List<String> standards, boolean leadAuditor) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "name", "Lena Peeters", "standards", standards, "leadAuditor", leadAuditor))
                .post("/api/v1/auditors")
                .then();
    }
}
