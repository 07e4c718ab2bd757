package io.opencert.scheduling.programme;

import io.opencert.events.client.ContractSignedV1;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
class ProgrammeAccessTest {
    private static final String CLIENT_A = "c1a00000-0000-4000-8000-000000000001";

    @Inject
    SchedulingDriver driver;

    @Test
    void withoutATokenNothingIsShown() {
        given().get("/api/v1/programmes").then().statusCode(401);
        given().get("/api/v1/programmes/{id}", UUID.randomUUID()).then().statusCode(401);
        given().get("/api/v1/auditors").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void anAuditorDoesNotBrowseProgrammes() {
        given().get("/api/v1/programmes").then().statusCode(403).body("type", endsWith("/forbidden"));
    }

    @Test
    @TestSecurity(user = "planner", roles = "cb-staff")
    void staffSeeWhoIsExcludedFromTheClientsAudits() {
        UUID programme = driver.signContract(TestEvents.contractSigned(UUID.randomUUID(), "auditor-who-consulted"));

        given().get("/api/v1/programmes/{id}", programme).then().statusCode(200)
                .body("excludedAuditors", contains("auditor-who-consulted"));
    }

    @Test
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = CLIENT_A))
    void aClientUserSeesTheirOwnProgrammeOnlyAndNotTheImpartialityRegister() {
        ContractSignedV1 own = TestEvents.contractSigned(UUID.fromString(CLIENT_A), "auditor-who-consulted");
        ContractSignedV1 other = TestEvents.contractSigned(UUID.randomUUID());
        UUID ownProgramme = driver.signContract(own);
        UUID otherProgramme = driver.signContract(other);

        given().get("/api/v1/programmes/{id}", ownProgramme)
                .then().statusCode(200)
                .body("contractId", equalTo(own.contractId().toString()))
                .body("audits.size()", equalTo(2))
                .body("excludedAuditors", empty())
                .body("audits.impartialityConflicts.flatten()", empty());
        given().get("/api/v1/programmes").then().statusCode(200)
                .body("items.id", hasItem(ownProgramme.toString()))
                .body("items.clientId", everyItem(equalTo(CLIENT_A)));

        given().get("/api/v1/programmes/{id}", otherProgramme)
                .then().statusCode(404).body("type", endsWith("/not-found"));
        given().queryParam("clientId", other.clientId()).get("/api/v1/programmes")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
