package io.opencert.commons.relay;

import io.opencert.localstack.KafkaTestResource;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

/** Who asks too often for documents that cost much to make is told to wait; everyone else is served. */
@QuarkusTest
@TestProfile(RelayTestProfile.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "commons"),
        restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = true)
class ExpensiveRequestLimitTest {

    @Test
    @TestSecurity(user = "alice", roles = "cb-staff")
    void aUserBeyondTheLimitIsToldToWait() {
        for (int i = 0; i < 2; i++) {
            given().get("/registrations/document").then().statusCode(200);
        }
        given().get("/registrations/document").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", Integer::parseInt, allOf(greaterThan(0), lessThanOrEqualTo(60)))
                .body("type", equalTo("https://opencert.io/problems/too-many-requests"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "cb-staff")
    void anotherUserIsServed() {
        given().get("/registrations/document").then().statusCode(200);
    }
}
