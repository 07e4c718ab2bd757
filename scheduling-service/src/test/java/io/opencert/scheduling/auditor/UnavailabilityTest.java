package io.opencert.scheduling.auditor;

import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.auditor.dto.UnavailabilityView;
import io.opencert.scheduling.programme.PlannedAuditStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.AUDITOR;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class UnavailabilityTest {
    private static final String SELF = "ines-unavailability";

    @Inject
    SchedulingDriver driver;

    @Test
    void planningStaffRecordListAndDeleteUnavailability() {
        UUID auditorId = driver.auditorId(driver.registerAuditor(true, ISO_IEC_20000_1_2018));

        ExtractableResponse<Response> response = add(auditorId, "2027-07-01", "2027-07-14", "LEAVE", "Summer holiday")
                .statusCode(201).extract();

        UnavailabilityView created = response.as(UnavailabilityView.class);
        assertThat(response.header("Location"))
                .endsWith("/api/v1/auditors/" + auditorId + "/unavailability/" + created.id());
        assertThat(created).isEqualTo(new UnavailabilityView(created.id(), auditorId, LocalDate.of(2027, 7, 1),
                LocalDate.of(2027, 7, 14), UnavailabilityReason.LEAVE, "Summer holiday", "planner",
                created.createdAt()));
        assertThat(created.createdAt()).isNotNull();
        UUID training = add(auditorId, "2027-03-08", "2027-03-09", "TRAINING", null).statusCode(201)
                .extract().as(UnavailabilityView.class).id();
        list(auditorId).statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(training.toString(), created.id().toString()))
                .body("items.reason", contains("TRAINING", "LEAVE"));

        given().delete("/api/v1/auditors/{id}/unavailability/{uid}", auditorId, created.id()).then().statusCode(204);

        list(auditorId).statusCode(200).body("items.id", contains(training.toString()));
        given().delete("/api/v1/auditors/{id}/unavailability/{uid}", auditorId, created.id())
                .then().statusCode(404).body("type", endsWith("/not-found"));
    }

    @Test
    void unavailabilityOfAnotherAuditorIsNotDeletedThroughThisOne() {
        UUID first = driver.auditorId(driver.registerAuditor(false, ISO_IEC_20000_1_2018));
        UUID second = driver.auditorId(driver.registerAuditor(false, ISO_IEC_20000_1_2018));
        UUID ofFirst = add(first, "2027-08-02", "2027-08-02", "OTHER_WORK", null).statusCode(201)
                .extract().as(UnavailabilityView.class).id();

        given().delete("/api/v1/auditors/{id}/unavailability/{uid}", second, ofFirst).then().statusCode(404);

        list(first).statusCode(200).body("items.id", contains(ofFirst.toString()));
    }

    @Test
    void theLastDayIsNotBeforeTheFirstAndAReasonIsNeeded() {
        UUID auditorId = driver.auditorId(driver.registerAuditor(false, ISO_IEC_20000_1_2018));

        add(auditorId, "2027-07-14", "2027-07-01", "LEAVE", null)
                .statusCode(400).body("violations.field", hasItem("to"));
        add(auditorId, "2027-07-01", "2027-07-14", null, null)
                .statusCode(400).body("violations.field", hasItem("reason"));
        add(auditorId, "2027-07-01", "2027-07-14", "HOLIDAY", null).statusCode(400);
        list(auditorId).statusCode(200).body("items", empty());
    }

    @Test
    void anUnknownAuditorIsNotFound() {
        add(UUID.randomUUID(), "2027-07-01", "2027-07-14", "LEAVE", null)
                .statusCode(404).body("type", endsWith("/not-found"));
    }

    @Test
    void bookingRefusesAnAuditorUnavailableOnADayOfTheAudit() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        String auditor = driver.registerAuditor(false, ISO_IEC_20000_1_2018);
        UUID leave = add(driver.auditorId(auditor), "2027-05-11", "2027-05-20", "LEAVE", "Family")
                .statusCode(201).extract().as(UnavailabilityView.class).id();
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        driver.completeStage1(programmeId, LocalDate.of(2027, 3, 1));
        UUID stage2 = driver.programme(programmeId).audits().get(1).id();

        // 1.5 days from Monday 10 May take the Tuesday too, the first day of the leave
        driver.book(programmeId, stage2, "2027-05-10", member(lead, LEAD_AUDITOR), member(auditor, AUDITOR))
                .statusCode(409)
                .body("type", endsWith("/auditor-unavailable"))
                .body("title", equalTo("Auditor unavailable"))
                .body("detail", equalTo(auditor + " is unavailable from 2027-05-11 to 2027-05-20, which overlaps "
                        + "the audit from 2027-05-10 to 2027-05-11."));
        assertThat(driver.programme(programmeId).audits().get(1).status()).isEqualTo(PlannedAuditStatus.PLANNED);
        assertThat(driver.eventsRecordedAbout(stage2)).isZero();

        // the days before the leave are free
        driver.book(programmeId, stage2, "2027-05-09", member(lead, LEAD_AUDITOR), member(auditor, AUDITOR))
                .statusCode(200);
        given().delete("/api/v1/programmes/{p}/audits/{a}/booking", programmeId, stage2).then().statusCode(200);
        // and the leave taken back frees its days
        given().delete("/api/v1/auditors/{id}/unavailability/{uid}", driver.auditorId(auditor), leave)
                .then().statusCode(204);
        driver.book(programmeId, stage2, "2027-05-12", member(lead, LEAD_AUDITOR), member(auditor, AUDITOR))
                .statusCode(200).body("status", equalTo("BOOKED"));
    }

    @Test
    @TestSecurity(user = SELF, roles = "auditor")
    void anAuditorKeepsTheirOwnUnavailabilityButNotOthers() {
        UUID own = driver.auditorNamed(SELF, false, ISO_IEC_20000_1_2018);
        UUID other = driver.auditorId(driver.registerAuditor(false, ISO_IEC_20000_1_2018));

        UnavailabilityView created = add(own, "2027-09-06", "2027-09-10", "OTHER_WORK", "Audit for another CB")
                .statusCode(201).body("createdBy", equalTo(SELF)).extract().as(UnavailabilityView.class);
        list(own).statusCode(200).body("items.id", hasItem(created.id().toString()));
        given().delete("/api/v1/auditors/{id}/unavailability/{uid}", own, created.id()).then().statusCode(204);

        add(other, "2027-09-06", "2027-09-10", "LEAVE", null)
                .statusCode(403).body("type", endsWith("/forbidden"));
        list(other).statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void theAdministratorKeepsAnyonesUnavailability() {
        UUID auditorId = driver.auditorId(driver.registerAuditor(false, ISO_IEC_20000_1_2018));

        add(auditorId, "2027-10-04", "2027-10-04", "TRAINING", null).statusCode(201);

        list(auditorId).statusCode(200).body("items.reason", contains("TRAINING"));
    }

    @Test
    @TestSecurity(user = "someone", roles = "client")
    void clientUsersHaveNoAccess() {
        UUID auditorId = driver.auditorId(driver.registerAuditor(false, ISO_IEC_20000_1_2018));

        add(auditorId, "2027-10-04", "2027-10-04", "TRAINING", null).statusCode(403);
        list(auditorId).statusCode(403).body("detail", containsString("role"));
    }

    private static ValidatableResponse add(UUID auditorId, String from, String to, String reason, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("from", from);
        body.put("to", to);
        body.put("reason", reason);
        body.put("note", note);
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/auditors/{id}/unavailability", auditorId)
                .then();
    }

    private static ValidatableResponse list(UUID auditorId) {
        return given().get("/api/v1/auditors/{id}/unavailability", auditorId).then();
    }
}
