package io.opencert.scheduling.programme;

import io.opencert.events.model.TeamMember;
import io.opencert.events.scheduling.AuditCancelledV1;
import io.opencert.events.scheduling.AuditRescheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.AUDITOR;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class RescheduleAndCancelTest {

    @Inject
    SchedulingDriver driver;

    @Test
    void reschedulingMovesDatesAndTeamAndAnnouncesIt() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        String auditor = driver.registerAuditor(false, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        driver.completeStage1(programmeId, LocalDate.of(2027, 3, 1));
        UUID stage2 = driver.programme(programmeId).audits().get(1).id();
        driver.book(programmeId, stage2, "2027-05-10", member(lead, LEAD_AUDITOR)).statusCode(200);

        PlannedAuditView moved = reschedule(programmeId, stage2, "\"2\"", "2027-05-17", "client's request",
                member(lead, LEAD_AUDITOR), member(auditor, AUDITOR))
                .statusCode(200).extract().as(PlannedAuditView.class);

        List<TeamMember> team = List.of(new TeamMember(lead, "Auditor " + lead, LEAD_AUDITOR),
                new TeamMember(auditor, "Auditor " + auditor, AUDITOR));
        assertThat(moved.status()).isEqualTo(PlannedAuditStatus.BOOKED);
        assertThat(moved.startDate()).isEqualTo(LocalDate.of(2027, 5, 17));
        assertThat(moved.endDate()).isEqualTo(LocalDate.of(2027, 5, 18));
        assertThat(moved.team()).isEqualTo(team);
        assertThat(driver.programme(programmeId).version()).isEqualTo(3);
        assertThat(driver.recorded(stage2, AuditRescheduledV1.class)).singleElement().satisfies(event -> {
            assertThat(event.programmeId()).isEqualTo(programmeId);
            assertThat(event.startDate()).isEqualTo(LocalDate.of(2027, 5, 17));
            assertThat(event.endDate()).isEqualTo(LocalDate.of(2027, 5, 18));
            assertThat(event.days()).isEqualByComparingTo(TestEvents.STAGE_2_DAYS);
            assertThat(event.team()).isEqualTo(team);
            assertThat(event.reason()).isEqualTo("client's request");
        });
    }

    @Test
    void anAuditMayBeMovedOverlappingItsOwnOldDates() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        driver.completeStage1(programmeId, LocalDate.of(2027, 3, 1));
        UUID stage2 = driver.programme(programmeId).audits().get(1).id();
        driver.book(programmeId, stage2, "2027-05-10", member(lead, LEAD_AUDITOR)).statusCode(200);

        reschedule(programmeId, stage2, null, "2027-05-11", null, member(lead, LEAD_AUDITOR))
                .statusCode(200).body("startDate", equalTo("2027-05-11"));
    }

    @Test
    void reschedulingIsRefusedByTheSameRulesAsBooking() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        String busy = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        UUID other = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        UUID stage1 = driver.programme(programmeId).audits().get(0).id();
        driver.book(programmeId, stage1, "2027-02-01", member(lead, LEAD_AUDITOR)).statusCode(200);
        driver.book(other, driver.programme(other).audits().get(0).id(), "2027-02-08", member(busy, LEAD_AUDITOR))
                .statusCode(200);

        reschedule(programmeId, stage1, null, "2027-02-08", null, member(busy, LEAD_AUDITOR))
                .statusCode(409).body("type", endsWith("/auditor-already-booked"));
        reschedule(programmeId, stage1, null, "2027-02-09", null, member(lead, AUDITOR))
                .statusCode(409).body("type", endsWith("/exactly-one-lead-auditor"));

        PlannedAuditView unchanged = driver.programme(programmeId).audits().get(0);
        assertThat(unchanged.startDate()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(unchanged.team()).extracting(TeamMember::username).containsExactly(lead);
        assertThat(driver.recorded(stage1, AuditRescheduledV1.class)).isEmpty();
    }

    @Test
    void onlyABookedAuditIsRescheduledAndOnlyOnTheCurrentVersion() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        List<PlannedAuditView> audits = driver.programme(programmeId).audits();

        reschedule(programmeId, audits.get(0).id(), null, "2027-02-01", null, member(lead, LEAD_AUDITOR))
                .statusCode(409).body("type", endsWith("/audit-not-booked"));
        driver.book(programmeId, audits.get(0).id(), "2027-02-01", member(lead, LEAD_AUDITOR)).statusCode(200);
        reschedule(programmeId, audits.get(0).id(), "\"0\"", "2027-02-02", null, member(lead, LEAD_AUDITOR))
                .statusCode(412).body("type", endsWith("/programme-changed"));
        given().contentType(ContentType.JSON).body(Map.of("team", List.of()))
                .put("/api/v1/programmes/{p}/audits/{a}/booking", programmeId, audits.get(0).id())
                .then().statusCode(400)
                .body("violations.field", hasItem("startDate"))
                .body("violations.field", hasItem("team"));
    }

    @Test
    void cancellingABookingFreesTheTeamAndLeavesTheAuditDue() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        PlannedAuditView stage1 = driver.programme(programmeId).audits().get(0);
        driver.book(programmeId, stage1.id(), "2027-02-01", member(lead, LEAD_AUDITOR)).statusCode(200);

        given().header("If-Match", "\"1\"").queryParam("reason", "CLIENT_REQUEST")
                .delete("/api/v1/programmes/{p}/audits/{a}/booking", programmeId, stage1.id())
                .then().statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("startDate", equalTo(null))
                .body("team.size()", equalTo(0))
                .body("dueBy", equalTo(stage1.dueBy().toString()));

        assertThat(driver.recorded(stage1.id(), AuditCancelledV1.class)).singleElement().satisfies(event -> {
            assertThat(event.reason()).isEqualTo("CLIENT_REQUEST");
            assertThat(event.programmeId()).isEqualTo(programmeId);
            assertThat(event.cancelledAt()).isNotNull();
        });
        // the lead is free on those days, and the audit can be booked again
        driver.book(programmeId, stage1.id(), "2027-02-01", member(lead, LEAD_AUDITOR)).statusCode(200);
    }

    @Test
    void cancellingNeedsABookedAuditAndAPlannersReason() {
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        UUID stage1 = driver.programme(programmeId).audits().get(0).id();

        given().delete("/api/v1/programmes/{p}/audits/{a}/booking", programmeId, stage1)
                .then().statusCode(409).body("type", endsWith("/audit-not-booked"))
                .body("detail", containsString("is PLANNED"));
        given().queryParam("reason", "CERTIFICATE_WITHDRAWN")
                .delete("/api/v1/programmes/{p}/audits/{a}/booking", programmeId, stage1)
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        given().queryParam("reason", "BORED")
                .delete("/api/v1/programmes/{p}/audits/{a}/booking", programmeId, stage1)
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        given().delete("/api/v1/programmes/{p}/audits/{a}/booking", programmeId, UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void onlyPlanningStaffRescheduleOrCancel() {
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        UUID stage1 = driver.programme(programmeId).audits().get(0).id();

        reschedule(programmeId, stage1, null, "2027-02-01", null, member("anyone", LEAD_AUDITOR)).statusCode(403);
        given().delete("/api/v1/programmes/{p}/audits/{a}/booking", programmeId, stage1).then().statusCode(403);
    }

    private static ValidatableResponse reschedule(UUID programmeId, UUID auditId, String ifMatch, String startDate,
                                                  String reason, Map<?, ?>... team) {
        Map<String, Object> body = new HashMap<>(Map.of("startDate", startDate, "team", List.of(team)));
        if (reason != null) {
            body.put("reason", reason);
        }
        var request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/programmes/{p}/audits/{a}/booking", programmeId, auditId).then();
    }
}
