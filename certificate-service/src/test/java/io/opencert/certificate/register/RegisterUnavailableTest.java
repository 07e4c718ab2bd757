package io.opencert.certificate.register;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/**
 * When the database cannot be reached, verification says so as a problem and asks to try again, rather than that
 * nothing was found.
 */
@QuarkusTest
@TestProfile(RegisterUnavailableTest.NoDatabase.class)
class RegisterUnavailableTest {

    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:1/certificate",
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/certificate",
                    "quarkus.flyway.migrate-at-start", "false",
                    "cb.outbox.relay-interval", "1h");
        }
    }

    @Test
    void verificationAnswers503WhenTheRegisterCannotBeRead() {
        given().when().get("/api/v1/public/certificates/{number}", "CB-2026-000001")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", is("https://opencert.io/problems/register-unavailable"))
                .body("detail", is("The register cannot be read just now; try again shortly."));
    }
}
