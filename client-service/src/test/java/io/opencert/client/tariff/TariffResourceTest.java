package io.opencert.client.tariff;

import io.opencert.client.Fixtures;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Tariffs by valid-from day; before the first one the configured default reproduces the published example. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
class TariffResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEMS = "https://opencert.io/problems/";
    /** Far ahead, so that quotations of the other tests keep the default tariff. */
    private static final LocalDate FROM = LocalDate.of(2090, 1, 1);

    @Inject
    AdjustableClock clock;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    private static Map<String, Object> tariff(LocalDate validFrom, Object dayRate, String currency) {
        Map<String, Object> tariff = new HashMap<>();
        tariff.put("validFrom", validFrom == null ? null : validFrom.toString());
        tariff.put("dayRate", dayRate);
        tariff.put("certificateFee", 300);
        tariff.put("annualRegistrationFee", 275);
        tariff.put("travelPerAudit", 120);
        tariff.put("currency", currency);
        return tariff;
    }

    @Test
    @TestSecurity(user = "admin", roles = {"cb-admin", "cb-staff"})
    void aTariffAppliesToQuotationsFromItsValidFromDayOn() {
        given().contentType(ContentType.JSON).body(tariff(FROM, 600, "EUR"))
                .when().post("/api/v1/tariffs")
                .then().statusCode(201)
                .body("validFrom", equalTo(FROM.toString()))
                .body("dayRate", equalTo(600.0f));
        given().contentType(ContentType.JSON).body(tariff(FROM, 650, "EUR"))
                .when().post("/api/v1/tariffs")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "tariff-exists"));

        given().queryParam("on", FROM.minusDays(1).toString())
                .when().get("/api/v1/tariffs/in-force")
                .then().statusCode(200)
                .body("validFrom", nullValue())
                .body("dayRate", equalTo(500.0f))
                .body("certificateFee", equalTo(250.0f))
                .body("annualRegistrationFee", equalTo(250.0f))
                .body("travelPerAudit", equalTo(0.0f))
                .body("currency", equalTo("EUR"));
        given().queryParam("on", FROM.plusMonths(6).toString())
                .when().get("/api/v1/tariffs/in-force")
                .then().statusCode(200)
                .body("validFrom", equalTo(FROM.toString()))
                .body("dayRate", equalTo(600.0f));

        clock.setTo(FROM.plusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC));
        String clientId = Fixtures.registerClient("Rho Tariff GmbH", 12);
        // 12 persons: stage 1 1.0, stage 2 1.5, surveillance 1.0, recertification 1.5 days at 600 plus 120 travel each
        given().contentType(ContentType.JSON).body(Map.of("clientId", clientId))
                .when().post("/api/v1/quotations")
                .then().statusCode(201)
                .body("tariffValidFrom", equalTo(FROM.toString()))
                .body("audits.price", contains(720.0f, 1320.0f, 995.0f, 995.0f, 1320.0f))
                .body("totalPrice", equalTo(5350.0f));
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void namesEveryBadField() {
        Map<String, Object> bad = tariff(null, -1, "Euro");
        bad.put("travelPerAudit", 1.234);
        given().contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/tariffs")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("validFrom", "dayRate", "currency", "travelPerAudit"));

        given().contentType(ContentType.JSON).body(tariff(FROM.plusYears(1), 500, "XYZ"))
                .when().post("/api/v1/tariffs")
                .then().statusCode(400)
                .body("violations.field", contains("currency"));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void staffReadTariffsButDoNotEnterThem() {
        given().contentType(ContentType.JSON).body(tariff(FROM.plusYears(2), 500, "EUR"))
                .when().post("/api/v1/tariffs")
                .then().statusCode(403);
        given().when().get("/api/v1/tariffs")
                .then().statusCode(200);
    }

    @Test
    void refusesAnUnauthenticatedCaller() {
        given().when().get("/api/v1/tariffs")
                .then().statusCode(401);
    }
}
