package io.opencert.certificate.register;

import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

/** An address that asks the public register too often is told to wait; the rest of the API is not limited. */
@QuarkusTest
@TestProfile(PublicRateLimitTest.FewRequests.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class PublicRateLimitTest {

    public static class FewRequests implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the tests call through 127.0.0.1 as a trusted proxy, each test as a client of its own
            return Map.of("cb.register.rate-limit.requests", "3", "cb.register.rate-limit.window", "1h",
                    "cb.register.rate-limit.trusted-proxies", "127.0.0.1");
        }
    }

    @Test
    void beyondTheLimitTheRegisterAnswers429WithRetryAfter() {
        for (int i = 0; i < 2; i++) {
            client("198.51.100.1").when().get("/api/v1/public/certificates/{number}", "CB-1999-000001").then().statusCode(404);
        }
        client("198.51.100.1").when().get("/register/certificates/{number}", "CB-1999-000001").then().statusCode(404);

        client("198.51.100.1").when().get("/api/v1/public/certificates/{number}", "CB-1999-000001")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", Integer::parseInt, allOf(greaterThan(3500), lessThanOrEqualTo(3600)))
                .body("type", is("https://opencert.io/problems/too-many-requests"));
        client("198.51.100.1").queryParam("holder", "Example").when().get("/register")
                .then().statusCode(429).body("detail", containsString("try again"));

        client("198.51.100.1").when().get("/api/v1/certificates").then().statusCode(401);
        client("198.51.100.1").when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void everySpellingOfAPublicPathCountsAsThePlainPath() {
        List<String> spellings = List.of("/api;x=1/v1/public/certificates/CB-1999-000001",
                "/api/v1/%70ublic/certificates/CB-1999-000001", "/api/v1/public;v=2/certificates/CB-1999-000001",
                "/register;jsessionid=1/certificates/CB-1999-000001", "/api/v1/public/certificates/CB-1999-000001");
        for (int i = 0; i < 3; i++) {
            client("198.51.100.2").urlEncodingEnabled(false).when().get(spellings.get(i))
                    .then().statusCode(not(429));
        }
        for (String spelling : spellings) {
            client("198.51.100.2").urlEncodingEnabled(false).when().get(spelling).then().statusCode(429);
        }
        client("198.51.100.3").when().get(spellings.getLast()).then().statusCode(404);
    }

    private static RequestSpecification client(String address) {
        return given().header("X-Forwarded-For", address);
    }
}
