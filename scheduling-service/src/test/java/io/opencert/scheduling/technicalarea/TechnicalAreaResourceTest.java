package io.opencert.scheduling.technicalarea;

import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.rules.Competence.QualifiedRole;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "admin", roles = "cb-admin")
class TechnicalAreaResourceTest {

    @Inject
    SchedulingDriver driver;

    /** The service's clock, which other tests may have set to a day of theirs. */
    @Inject
    Clock clock;

    @Test
    void theDefaultCatalogueIsShippedWithTheIafCodeOfEachArea() {
        given().queryParam("size", 100).get("/api/v1/technical-areas").then().statusCode(200)
                .body("items.find { it.code == 'IT-HOSTING' }.title", equalTo("Hosting and data centre services"))
                .body("items.find { it.code == 'IT-HOSTING' }.iafCode", equalTo("33"))
                .body("items.find { it.code == 'TELECOM' }.iafCode", equalTo("31"))
                .body("items.find { it.code == 'IT-CLOUD-SAAS' }.retiredOn", nullValue());
    }

    @Test
    void theAdministratorAddsAnAreaOnceAndRetiresIt() {
        String code = newCode();

        given().contentType(ContentType.JSON).body(Map.of("code", code, "title", "Payment services", "iafCode", "33"))
                .post("/api/v1/technical-areas").then().statusCode(201)
                .header("Location", endsWith("/api/v1/technical-areas/" + code))
                .body("code", equalTo(code)).body("title", equalTo("Payment services"))
                .body("retiredOn", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("code", code, "title", "Again", "iafCode", "33"))
                .post("/api/v1/technical-areas").then().statusCode(409)
                .body("type", endsWith("/technical-area-already-catalogued"));

        given().post("/api/v1/technical-areas/{code}/retirement", code).then().statusCode(200)
                .body("retiredOn", equalTo(LocalDate.now(clock).toString()));

        // a retired area is no longer granted
        String auditor = driver.registerAuditor(false, ISO_IEC_20000_1_2018);
        given().contentType(ContentType.JSON).body(qualification(code))
                .post("/api/v1/auditors/{id}/qualifications", driver.auditorId(auditor)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/technical-area-not-offered"))
                .body("detail", containsString(code));
    }

    @Test
    void deletesAnAreaNobodyNamesAndRefusesToDeleteOneInUse() {
        String unused = newCode();
        String granted = newCode();
        driver.addTechnicalArea(unused, "Added by mistake");
        driver.addTechnicalArea(granted, "Mainframe operations");
        String auditor = driver.registerAuditor(false, ISO_IEC_20000_1_2018);
        driver.qualify(auditor, ISO_IEC_20000_1_2018, QualifiedRole.AUDITOR, LocalDate.of(2024, 1, 1),
                LocalDate.of(2030, 1, 1), granted);

        given().delete("/api/v1/technical-areas/{code}", unused).then().statusCode(204);
        given().delete("/api/v1/technical-areas/{code}", granted).then().statusCode(409)
                .body("type", endsWith("/technical-area-in-use"))
                .body("detail", equalTo(granted + " is named by an auditor's qualification or a client's scope; "
                        + "retire it instead."));
        given().queryParam("size", 100).queryParam("page", 0).get("/api/v1/technical-areas").then()
                .body("items.code", not(hasItem(unused)));
        given().delete("/api/v1/technical-areas/{code}", unused).then().statusCode(404);
    }

    @Test
    void refusesACodeOutsideTheCatalogueFormat() {
        given().contentType(ContentType.JSON).body(Map.of("code", "hosting area", "title", "Hosting", "iafCode", "33"))
                .post("/api/v1/technical-areas").then().statusCode(400)
                .contentType("application/problem+json")
                .body(containsString("code"));
    }

    @Test
    @TestSecurity(user = "planner", roles = "cb-staff")
    void onlyTheAdministratorKeepsTheCatalogue() {
        given().get("/api/v1/technical-areas").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("code", newCode(), "title", "Payments", "iafCode", "33"))
                .post("/api/v1/technical-areas").then().statusCode(403);
        given().post("/api/v1/technical-areas/IT-HOSTING/retirement").then().statusCode(403);
        given().delete("/api/v1/technical-areas/IT-HOSTING").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "client-user", roles = "client")
    void clientsDoNotSeeTheCatalogue() {
        given().get("/api/v1/technical-areas").then().statusCode(403);
    }

    private static Map<String, Object> qualification(String area) {
        return Map.of("standard", "ISO_IEC_20000_1_2018", "role", "AUDITOR", "technicalAreas", List.of(area),
                "evidence", "Course certificate", "grantedOn", "2025-01-01", "expiresOn", "2028-12-31");
    }

    private static String newCode() {
        return "ZZ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
