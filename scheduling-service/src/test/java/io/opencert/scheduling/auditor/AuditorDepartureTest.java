package io.opencert.scheduling.auditor;

import io.opencert.commons.problem.Problem;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.scheduling.AuditorLeftV1;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.auditor.dto.CalendarTokenView;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * An auditor who leaves the certification body is put on no team from that day, their calendar closes, and the other
 * services learn of it (AuditorLeft).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner-admin", roles = {"cb-staff", "cb-admin"})
class AuditorDepartureTest {
    @Inject
    SchedulingDriver driver;

    @Inject
    AdjustableClock clock;

    @Test
    void anAuditorLeavesOnlyAfterTheirLastBookedAuditAndNoTeamTakesThemFromThatDay() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID leadId = driver.auditorId(lead);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        UUID stage1 = driver.programme(programmeId).audits().get(0).id();
        UUID stage2 = driver.programme(programmeId).audits().get(1).id();
        driver.book(programmeId, stage1, "2027-03-01", member(lead, LEAD_AUDITOR)).statusCode(200);

        leave(leadId, "2027-03-01").statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", endsWith("/auditor-still-booked"))
                .body("detail", containsString("Stage 1 audit of"))
                .body("detail", containsString("from 2027-03-01"));
        given().get("/api/v1/auditors/{id}", leadId).then().statusCode(200).body("leftOn", nullValue());
        assertThat(driver.recorded(leadId, AuditorLeftV1.class)).as("a refused departure announces nothing").isEmpty();

        Instant recording = clock.instant();
        leave(leadId, "2027-04-01").statusCode(200)
                .body("leftOn", equalTo("2027-04-01"))
                .body("departureReason", equalTo("Joins another certification body"));
        driver.completeStage1(programmeId, LocalDate.of(2027, 3, 1));

        driver.book(programmeId, stage2, "2027-05-10", member(lead, LEAD_AUDITOR)).statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", endsWith("/auditor-has-left"))
                .body("detail", equalTo(lead + " leaves the certification body on 2027-04-01, before the audit ends on "
                        + "2027-05-11."));
        leave(leadId, "2027-05-01").statusCode(409).body("type", endsWith("/auditor-already-left"));
        // once, by the username audit teams know them by; the reason stays here
        assertThat(driver.recorded(leadId, AuditorLeftV1.class)).singleElement().satisfies(left -> {
            assertThat(left.auditorId()).isEqualTo(leadId);
            assertThat(left.username()).isEqualTo(lead);
            assertThat(left.leftOn()).isEqualTo(LocalDate.of(2027, 4, 1));
            assertThat(left.recordedAt()).isBetween(recording, clock.instant());
        });
    }

    @Test
    void theCalendarOfAnAuditorWhoHasLeftNoLongerAnswersAndCannotBeReopened() {
        UUID auditorId = driver.auditorId(driver.registerAuditor(false, ISO_IEC_20000_1_2018));
        String token = given().post("/api/v1/auditors/{id}/calendar-token", auditorId).then().statusCode(201)
                .extract().as(CalendarTokenView.class).token();
        String feed = "/api/v1/calendars/auditors/" + token + ".ics";
        given().get(feed).then().statusCode(200);

        leave(auditorId, LocalDate.now(clock).toString()).statusCode(200);

        given().get(feed).then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("type", endsWith("/not-found"));
        assertThat(driver.storedCalendarTokenHash(auditorId)).as("the token is gone, not just refused").isNull();
        given().post("/api/v1/auditors/{id}/calendar-token", auditorId).then().statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", endsWith("/auditor-already-left"));
    }

    @Test
    void aCalendarStaysOpenUntilTheDayTheAuditorLeaves() {
        UUID auditorId = driver.auditorId(driver.registerAuditor(false, ISO_IEC_20000_1_2018));
        String token = given().post("/api/v1/auditors/{id}/calendar-token", auditorId).then().statusCode(201)
                .extract().as(CalendarTokenView.class).token();
        String feed = "/api/v1/calendars/auditors/" + token + ".ics";
        LocalDate leaving = LocalDate.now(clock).plusDays(10);
        leave(auditorId, leaving.toString()).statusCode(200);
        given().get(feed).then().statusCode(200);

        clock.setTo(leaving.atStartOfDay(ZoneOffset.UTC).toInstant());
        try {
            given().get(feed).then().statusCode(404);
        } finally {
            clock.reset();
        }
    }

    @Test
    @TestSecurity(user = "planner", roles = "cb-staff")
    void onlyTheAdministratorRecordsADeparture() {
        UUID auditorId = driver.auditorId(driver.registerAuditor(false, ISO_IEC_20000_1_2018));

        leave(auditorId, "2027-01-01").statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    @TestSecurity(user = "former-auditor", roles = "auditor")
    void anAuditorWhoHasLeftReachesNothingOfThePlanningWhateverTokenTheyStillHold() {
        UUID auditorId = driver.auditorNamed("former-auditor", false, ISO_IEC_20000_1_2018);
        given().get("/api/v1/auditors/me/bookings").then().statusCode(200);

        driver.recordDeparture(auditorId, LocalDate.now(clock));

        for (ValidatableResponse refused : List.of(given().get("/api/v1/auditors/me/bookings").then(),
                given().get("/api/v1/auditors/{id}/unavailability", auditorId).then(),
                given().post("/api/v1/auditors/{id}/calendar-token", auditorId).then())) {
            refused.statusCode(403).contentType(Problem.MEDIA_TYPE).body("type", endsWith("/former-auditor"));
        }
    }

    @Test
    @TestSecurity(user = "leaving-auditor", roles = "auditor")
    void untilTheDayTheyLeaveAnAuditorPlansAsBefore() {
        UUID auditorId = driver.auditorNamed("leaving-auditor", false, ISO_IEC_20000_1_2018);
        driver.recordDeparture(auditorId, LocalDate.now(clock).plusDays(1));

        given().get("/api/v1/auditors/me/bookings").then().statusCode(200);
        given().get("/api/v1/auditors/{id}/unavailability", auditorId).then().statusCode(200);
    }

    private static ValidatableResponse leave(UUID auditorId, String leftOn) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("leftOn", leftOn, "reason", "Joins another certification body"))
                .post("/api/v1/auditors/{id}/departure", auditorId).then();
    }
}
