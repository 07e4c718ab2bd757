package io.opencert.client.calculation;

import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

/** The stateless audit time calculation and the versioned table behind it. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
class AuditTimeResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEMS = "https://opencert.io/problems/";

    static Map<String, Object> site(String name, boolean central, int persons) {
        return Map.of("name", name, "centralFunction", central, "persons", persons);
    }

    static Map<String, Object> adjustment(String factor, int percent, String justification) {
        Map<String, Object> adjustment = new HashMap<>();
        adjustment.put("factor", factor);
        adjustment.put("percent", percent);
        adjustment.put("justification", justification);
        return adjustment;
    }

    private static Map<String, Object> request(List<Map<String, Object>> sites, List<String> standards,
                                               List<Map<String, Object>> adjustments) {
        return Map.of("sites", sites, "standards", standards, "adjustments", adjustments);
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void calculatesTheCycleOfAMultiSiteOrganisationWithAReasonForEveryNumber() {
        JsonPath calculation = given().contentType(ContentType.JSON)
                .body(request(List.of(site("Headquarters", true, 60), site("Branch 1", false, 10),
                                site("Branch 2", false, 20), site("Branch 3", false, 30), site("Branch 4", false, 40)),
                        List.of("ISO_IEC_20000_1_2018"),
                        List.of(adjustment("INTEGRATED_MANAGEMENT_SYSTEM", -20, "ISO/IEC 27001 certified, one "
                                + "integrated management review"))))
                .when().post("/api/v1/audit-time/calculations")
                .then().statusCode(200)
                .body("persons", equalTo(160))
                .body("tableDays", equalTo(8.0f))
                // 8 days -20% = 6.4 -> 6.5; stage 1 1.95 -> 2.0; surveillance 2.17 -> 2.0; recertification 4.33 -> 4.5
                .body("initialDays", equalTo(6.5f))
                .body("stage1Days", equalTo(2.0f))
                .body("stage2Days", equalTo(4.5f))
                // at most 20% (1.3 -> 1.0 day) remote
                .body("initialOnSiteDays", equalTo(5.5f))
                .body("surveillanceDays", equalTo(2.0f))
                .body("recertificationDays", equalTo(4.5f))
                .body("audits.type", contains("STAGE_1", "STAGE_2", "SURVEILLANCE", "SURVEILLANCE", "RECERTIFICATION"))
                .body("audits[0].sites.site", contains("Headquarters"))
                .body("audits[1].sites.site", contains("Headquarters", "Branch 4", "Branch 3"))
                .body("audits[3].sites.site", contains("Headquarters", "Branch 2", "Branch 1"))
                .body("reasons.item", hasItem("adjustment INTEGRATED_MANAGEMENT_SYSTEM"))
                .extract().jsonPath();
        assertThat(calculation.getList("reasons.reason", String.class))
                .anySatisfy(reason -> assertThat(reason).contains("ISO/IEC 27001 certified"))
                .anySatisfy(reason -> assertThat(reason).contains("1.0·√4 rounded up = 2 of the 4 other site(s)"))
                .allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(calculation.getInt("tableVersion")).isPositive();
    }

    static Stream<Arguments> factsBreakingARule() {
        List<Map<String, Object>> headOffice = List.of(site("Head office", true, 100));
        List<String> sms = List.of("ISO_IEC_20000_1_2018");
        return Stream.of(
                Arguments.of("site-names-unique", request(List.of(site("Head office", true, 100),
                        site("Head office", false, 10)), sms, List.of())),
                Arguments.of("adjustment-out-of-range", request(headOffice, sms,
                        List.of(adjustment("SERVICE_COMPLEXITY", 0, "no change")))),
                Arguments.of("integrated-system-reduction-cap", request(headOffice, sms,
                        List.of(adjustment("INTEGRATED_MANAGEMENT_SYSTEM", -25, "ISO/IEC 27001 certified")))),
                Arguments.of("adjustment-factor-repeated", request(headOffice, sms,
                        List.of(adjustment("SERVICE_COMPLEXITY", -5, "one service"),
                                adjustment("SERVICE_COMPLEXITY", 5, "many services")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factsBreakingARule")
    @TestSecurity(user = "staff", roles = "cb-staff")
    void factsBreakingARuleAreRefusedWithItsProblemTypeAndTheirField(String rule, Map<String, Object> facts) {
        given().contentType(ContentType.JSON)
                .body(facts)
                .when().post("/api/v1/audit-time/calculations")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + rule))
                .body("title", equalTo("Audit time refused"))
                .body("violations.field", hasItem(rule.startsWith("site") ? "sites" : "adjustments"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void refusesReductionsBeyondTheCapNamingTheRule() {
        given().contentType(ContentType.JSON)
                .body(request(List.of(site("Head office", true, 100)), List.of("ISO_IEC_20000_1_2018"),
                        List.of(adjustment("INTEGRATED_MANAGEMENT_SYSTEM", -20, "27001"),
                                adjustment("SERVICE_COMPLEXITY", -15, "one simple service"))))
                .when().post("/api/v1/audit-time/calculations")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "audit-time-reduction-cap"))
                .body("detail", containsString("35%"))
                .body("violations.field", contains("adjustments"));

        given().contentType(ContentType.JSON)
                .body(request(List.of(site("Head office", true, 100)), List.of("ISO_IEC_TR_20000_9_2015"), List.of()))
                .when().post("/api/v1/audit-time/calculations")
                .then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "cloud-extension-needs-20000-1"));

        given().contentType(ContentType.JSON)
                .body(request(List.of(site("Head office", false, 10), site("Shop", false, 3)),
                        List.of("ISO_IEC_20000_1_2018"), List.of()))
                .when().post("/api/v1/audit-time/calculations")
                .then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "one-central-function"));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void namesEveryBadField() {
        given().contentType(ContentType.JSON)
                .body(request(List.of(site(" ", true, 0)), List.of(),
                        List.of(adjustment("REMOTE_LOCATIONS", -150, " "), adjustment(null, 5, "x"))))
                .when().post("/api/v1/audit-time/calculations")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("sites[0].name", "sites[0].persons", "standards",
                        "adjustments[0].percent", "adjustments[0].justification", "adjustments[1].factor"));
    }

    @Test
    void refusesAnUnauthenticatedCaller() {
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/audit-time/calculations")
                .then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "c1a00000-0000-4000-8000-000000000001"))
    void clientUsersDoNotCalculate() {
        given().contentType(ContentType.JSON)
                .body(request(List.of(site("Head office", true, 10)), List.of("ISO_IEC_20000_1_2018"), List.of()))
                .when().post("/api/v1/audit-time/calculations")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void theAdminReplacesTheTableByANewVersionThatCalculationsName() {
        JsonPath current = given().when().get("/api/v1/audit-time/table")
                .then().statusCode(200).extract().jsonPath();
        int version = current.getInt("version");
        assertThat(current.getList("bands")).hasSize(23);

        // the same numbers again (other tests rely on them), as a new version
        given().contentType(ContentType.JSON)
                .body(Map.of("bands", current.getList("bands"), "personsPerExtraDay", 2000))
                .when().post("/api/v1/audit-time/table")
                .then().statusCode(201)
                .body("version", equalTo(version + 1))
                .body("bands[22].maxPersons", equalTo(10700));

        given().contentType(ContentType.JSON)
                .body(request(List.of(site("Head office", true, 10701)), List.of("ISO_IEC_20000_1_2018"), List.of()))
                .when().post("/api/v1/audit-time/calculations")
                .then().statusCode(200)
                .body("tableVersion", equalTo(version + 1))
                .body("tableDays", equalTo(23.0f))
                .body("reasons[1].reason", containsString("table version " + (version + 1)));
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void aTableThatFallsInDaysIsRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("bands", List.of(Map.of("maxPersons", 10, "days", 3), Map.of("maxPersons", 20, "days", 2.5)),
                        "personsPerExtraDay", 1000))
                .when().post("/api/v1/audit-time/table")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("bands"));

        given().contentType(ContentType.JSON)
                .body(Map.of("bands", List.of(Map.of("maxPersons", 0, "days", 0.5)), "personsPerExtraDay", 0))
                .when().post("/api/v1/audit-time/table")
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("bands[0].maxPersons", "bands[0].days",
                        "personsPerExtraDay"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void daysBeyondWhatTheTableKeepsAreRefused() {
        for (Object days : List.of("1e400", 10000, 2.25)) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("bands", List.of(Map.of("maxPersons", 10, "days", days)), "personsPerExtraDay", 1000))
                    .when().post("/api/v1/audit-time/table")
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("violations.field", everyItem(equalTo("bands[0].days")));
        }
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void onlyTheAdminReplacesTheTable() {
        given().contentType(ContentType.JSON)
                .body(Map.of("bands", List.of(Map.of("maxPersons", 10, "days", 3)), "personsPerExtraDay", 1000))
                .when().post("/api/v1/audit-time/table")
                .then().statusCode(403);
    }
}
