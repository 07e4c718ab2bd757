package io.opencert.scheduling.planning;

import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.SchedulingDriver.Certified;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class PlanningViewsTest {
    private static final String SELF = "ida-bookings";

    @Inject
    SchedulingDriver driver;

    @Test
    void theBoardListsUnbookedAuditsByDueDateWithFiltersAndPages() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), LocalDate.of(2028, 3, 1));
        List<PlannedAuditView> audits = driver.programme(certified.programmeId()).audits();
        driver.book(certified.programmeId(), audits.get(2).id(), "2029-01-15", member(lead, LEAD_AUDITOR))
                .statusCode(200);
        UUID clientId = certified.contract().clientId();

        JsonPath board = given().queryParam("clientId", clientId).get("/api/v1/planning/board")
                .then().statusCode(200).extract().jsonPath();
        assertThat(board.getInt("total")).isEqualTo(2);
        assertThat(board.getList("items.auditId", String.class))
                .containsExactly(audits.get(3).id().toString(), audits.get(4).id().toString());
        assertThat(board.<String, Object>getMap("items[0]")).containsEntry("programmeId",
                        certified.programmeId().toString())
                .containsEntry("clientName", certified.contract().clientName())
                .containsEntry("type", "SURVEILLANCE")
                .containsEntry("dueFrom", audits.get(3).dueFrom().toString())
                .containsEntry("dueBy", audits.get(3).dueBy().toString())
                .containsEntry("urgent", false)
                .containsEntry("remindedOn", null);

        given().queryParam("clientId", clientId).queryParam("type", "RECERTIFICATION").get("/api/v1/planning/board")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].auditId", equalTo(audits.get(4).id().toString()));
        given().queryParam("clientId", clientId).queryParam("dueBefore", audits.get(3).dueBy().toString())
                .get("/api/v1/planning/board")
                .then().statusCode(200).body("total", equalTo(1));
        given().queryParam("clientId", clientId).queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/planning/board")
                .then().statusCode(200).body("total", equalTo(2)).body("page", equalTo(1))
                .body("items.size()", equalTo(1))
                .body("items[0].auditId", equalTo(audits.get(4).id().toString()));
    }

    @Test
    void theBoardRefusesBadFiltersAndOversizedPages() {
        given().queryParam("type", "HOLIDAY").get("/api/v1/planning/board").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("type"));
        given().queryParam("clientId", "c-42").get("/api/v1/planning/board").then().statusCode(400)
                .body("violations.field", hasItem("clientId"));
        given().queryParam("dueBefore", "next week").get("/api/v1/planning/reminders").then().statusCode(400)
                .body("violations.field", hasItem("dueBefore"));
        given().queryParam("size", 1000).get("/api/v1/planning/board").then().statusCode(400)
                .body("violations.field", hasItem("size"));
        given().queryParam("from", "May 2027").get("/api/v1/planning/auditor-load").then().statusCode(400)
                .body("violations.field", hasItem("from"));
        given().queryParam("months", 25).get("/api/v1/planning/auditor-load").then().statusCode(400);
    }

    @Test
    void theAuditorLoadCountsBookedDaysPerMonth() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        String idle = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        List<PlannedAuditView> audits = driver.programme(programmeId).audits();
        driver.book(programmeId, audits.get(0).id(), "2027-04-12", member(lead, LEAD_AUDITOR)).statusCode(200);
        driver.completeStage1(programmeId, LocalDate.of(2027, 4, 12));
        // stage 2 takes two days, one in May and one in June
        driver.book(programmeId, audits.get(1).id(), "2027-05-31", member(lead, LEAD_AUDITOR)).statusCode(200);

        List<Map<String, Object>> load = given().queryParam("from", "2027-04").queryParam("months", 3)
                .get("/api/v1/planning/auditor-load").then().statusCode(200)
                .extract().jsonPath().getList("$");

        assertThat(monthsOf(load, lead)).containsExactly(Map.of("month", "2027-04", "bookedDays", 1),
                Map.of("month", "2027-05", "bookedDays", 1), Map.of("month", "2027-06", "bookedDays", 1));
        assertThat(monthsOf(load, idle)).extracting(month -> month.get("bookedDays")).containsExactly(0, 0, 0);
    }

    @Test
    @TestSecurity(user = SELF, roles = "auditor")
    void anAuditorSeesTheirOwnBookings() {
        driver.auditorNamed(SELF, true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        List<PlannedAuditView> audits = driver.programmeAsStored(programmeId).audits();
        driver.bookAsPlanner(programmeId, audits.get(0).id(), LocalDate.of(2027, 2, 1), SELF);
        driver.completeStage1(programmeId, LocalDate.of(2027, 2, 1));
        driver.bookAsPlanner(programmeId, audits.get(1).id(), LocalDate.of(2027, 5, 10), SELF);

        given().queryParam("from", "2027-03-01").get("/api/v1/auditors/me/bookings").then().statusCode(200)
                .body("auditId", hasItem(audits.get(1).id().toString()))
                .body("find { it.auditId == '" + audits.get(1).id() + "' }.role", equalTo("LEAD_AUDITOR"))
                .body("find { it.auditId == '" + audits.get(1).id() + "' }.startDate", equalTo("2027-05-10"))
                .body("find { it.auditId == '" + audits.get(0).id() + "' }", equalTo(null));
        given().get("/api/v1/planning/board").then().statusCode(403);
    }

    @Test
    void planningStaffHaveNoBookingsOfTheirOwn() {
        given().get("/api/v1/auditors/me/bookings").then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> monthsOf(List<Map<String, Object>> load, String username) {
        return (List<Map<String, Object>>) load.stream().filter(auditor -> auditor.get("username").equals(username))
                .findFirst().orElseThrow().get("months");
    }
}
