package io.opencert.scheduling.auditor;

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
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.Standard.ISO_IEC_TR_20000_9_2015;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
class AuditorResourceTest {

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
