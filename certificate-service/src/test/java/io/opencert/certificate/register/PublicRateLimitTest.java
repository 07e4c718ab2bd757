package io.opencert.certificate.register;

import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

/** An address that asks the public register too often is told to wait; the rest of the API is not limited. */
@QuarkusTest
@TestProfile(PublicRateLimitTest.FewRequests.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class PublicRateLimitTest {

    public static class FewRequests implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cb.register.rate-limit.requests", "3", "cb.register.rate-limit.window", "1h");
        }
    }

    @Test
    void beyondTheLimitTheRegisterAnswers429WithRetryAfter() {
        for (int i = 0; i < 2; i++) {
            given().when().get("/api/v1/public/certificates/{number}", "CB-1999-000001").then().statusCode(404);
        }
        given().when().get("/register/certificates/{number}", "CB-1999-000001").then().statusCode(404);

        given().when().get("/api/v1/public/certificates/{number}", "CB-1999-000001")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", Integer::parseInt, allOf(greaterThan(3500), lessThanOrEqualTo(3600)))
                .body("type", is("https://opencert.io/problems/too-many-requests"));
        given().queryParam("holder", "Example").when().get("/register")
                .then().statusCode(429).body("detail", containsString("try again"));

        given().when().get("/api/v1/certificates").then().statusCode(401);
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
