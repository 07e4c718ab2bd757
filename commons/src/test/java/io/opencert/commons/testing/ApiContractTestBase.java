package io.opencert.commons.testing;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's API contract, checked on the running service: the OpenAPI document it serves is the committed one
 * ({@link ApiContract}), and no bad request generated from that document ({@link ApiFuzz}) gets a 5xx or a 4xx that
 * is not problem+json, whoever sends it. A service's test extends this as a {@code @QuarkusTest}.
 */
public abstract class ApiContractTestBase {
    private final String service;

    protected ApiContractTestBase(String service) {
        this.service = service;
    }

    @Test
    void theServedOpenApiDocumentIsTheCommittedContract() {
        ApiContract.of(service).verify(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void badRequestsOfAnonymousCallersAreAnsweredWithProblems() {
        fuzz();
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void badRequestsOfStaffAreAnsweredWithProblems() {
        fuzz();
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void badRequestsOfAdministratorsAreAnsweredWithProblems() {
        fuzz();
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void badRequestsOfAuditorsAreAnsweredWithProblems() {
        fuzz();
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void badRequestsOfDecisionMakersAreAnsweredWithProblems() {
        fuzz();
    }

    @Test
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "7d1f3a52-8c4e-4b1a-9f0e-3c2b1a0d9e8f"))
    void badRequestsOfClientUsersAreAnsweredWithProblems() {
        fuzz();
    }

    private void fuzz() {
        ApiFuzz fuzz = ApiFuzz.of(service);
        assertThat(fuzz.size()).as("bad requests generated from docs/api/%s.json", service).isGreaterThan(100);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = fuzz.run(statuses);
        System.out.printf("%s: %d bad requests answered %s%n", service, fuzz.size(), statuses);
        assertThat(failures).as("answers to bad requests that are a 5xx or a 4xx without problem+json").isEmpty();
        assertThat(statuses.keySet()).as("answers to bad requests").allMatch(status -> status < 500);
    }
}
