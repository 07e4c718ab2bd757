package io.opencert.scheduling.programme;

import io.opencert.events.model.AuditType;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.SchedulingDriver.Certified;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.dto.Deviation;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
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
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** An audit is booked from today on, inside its due window unless staff record why it deviates. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class DueWindowBookingTest {
    private static final String WHY = "The client moves its data centre in April and asked for the week after.";

    @Inject
    SchedulingDriver driver;

    @Test
    void anAuditCannotBeBookedInThePast() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        UUID stage1 = driver.programme(programmeId).audits().getFirst().id();

        // the tests' today is the day the contract is signed
        driver.book(programmeId, stage1, TestEvents.SIGNED_ON.minusDays(1).toString(), member(lead, LEAD_AUDITOR))
                .statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/audit-date-passed"))
                .body("title", equalTo("Audit date passed"))
                .body("detail", containsString("book it from " + TestEvents.SIGNED_ON + " on"));
        assertThat(driver.eventsRecordedAbout(stage1)).isZero();
    }

    @Test
    void outsideItsWindowAnAuditNeedsADeviationWhichTheProgrammeAndTheBoardShowWithWhoAndWhy() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID clientId = UUID.randomUUID();
        UUID programmeId = driver.signContract(TestEvents.contractSigned(clientId));
        PlannedAuditView stage1 = driver.programme(programmeId).audits().getFirst();
        LocalDate afterWindow = stage1.dueBy().plusDays(5);

        driver.book(programmeId, stage1.id(), afterWindow.toString(), member(lead, LEAD_AUDITOR))
                .statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/outside-due-window"))
                .body("title", equalTo("Outside the due window"))
                .body("detail", containsString("due from " + stage1.dueFrom() + " to " + stage1.dueBy()));
        driver.bookDeviating(programmeId, stage1.id(), afterWindow.toString(), "  ", member(lead, LEAD_AUDITOR))
                .statusCode(409)
                .body("type", endsWith("/outside-due-window"));
        assertThat(driver.eventsRecordedAbout(stage1.id())).isZero();

        PlannedAuditView booked = driver.bookDeviating(programmeId, stage1.id(), afterWindow.toString(), WHY,
                        member(lead, LEAD_AUDITOR))
                .statusCode(200).extract().as(PlannedAuditView.class);

        Deviation deviation = new Deviation("outside-due-window", WHY, "planner");
        assertThat(booked.deviation()).isEqualTo(deviation);
        assertThat(driver.programme(programmeId).audits().getFirst().deviation()).isEqualTo(deviation);
        given().queryParam("clientId", clientId).get("/api/v1/planning/deviations").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].auditId", equalTo(stage1.id().toString()))
                .body("items[0].type", equalTo("STAGE_1"))
                .body("items[0].status", equalTo("BOOKED"))
                .body("items[0].dueBy", equalTo(stage1.dueBy().toString()))
                .body("items[0].startDate", equalTo(afterWindow.toString()))
                .body("items[0].deviation.rule", equalTo("outside-due-window"))
                .body("items[0].deviation.reason", equalTo(WHY))
                .body("items[0].deviation.recordedBy", equalTo("planner"));

        // moved back into its window, the booking keeps to the programme again
        given().contentType(ContentType.JSON)
                .body(Map.of("startDate", stage1.dueBy().toString(), "team", List.of(member(lead, LEAD_AUDITOR))))
                .put("/api/v1/programmes/{p}/audits/{a}/booking", programmeId, stage1.id())
                .then().statusCode(200).body("deviation", equalTo(null));
        given().queryParam("clientId", clientId).get("/api/v1/planning/deviations").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aRecertificationIsNeverBookedBeforeItsWindowOpensEvenWithADeviation() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), LocalDate.of(2028, 3, 1));
        PlannedAuditView recertification = driver.programme(certified.programmeId()).audits().stream()
                .filter(audit -> audit.type() == AuditType.RECERTIFICATION).findFirst().orElseThrow();

        driver.bookDeviating(certified.programmeId(), recertification.id(),
                        recertification.dueFrom().minusDays(7).toString(), WHY, member(lead, LEAD_AUDITOR))
                .statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/recertification-too-early"))
                .body("title", equalTo("Recertification too early"))
                .body("detail", containsString("opens on " + recertification.dueFrom()));

        // after the window, a deviation lets it take place before expiry
        driver.bookDeviating(certified.programmeId(), recertification.id(),
                        recertification.dueBy().plusDays(7).toString(), WHY, member(lead, LEAD_AUDITOR))
                .statusCode(200).body("deviation.rule", equalTo("outside-due-window"));
    }

    @Test
    void aSurveillanceLeavingACalendarYearWithoutOneNeedsADeviationWhichTheBoardShows() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        // decided 1 March 2028: 2029 needs a surveillance, 2030 is the recertification year
        Certified certified = driver.certify(UUID.randomUUID(), LocalDate.of(2028, 3, 1));
        UUID programmeId = certified.programmeId();
        List<PlannedAuditView> surveillances = driver.programme(programmeId).audits().stream()
                .filter(audit -> audit.type() == AuditType.SURVEILLANCE).toList();
        assertThat(surveillances).extracting(PlannedAuditView::dueFrom, PlannedAuditView::dueBy).containsExactly(
                tuple(LocalDate.of(2029, 1, 1), LocalDate.of(2029, 3, 1)),
                tuple(LocalDate.of(2029, 12, 1), LocalDate.of(2030, 3, 1)));
        // the first one is held early, with a deviation, in December 2028
        driver.bookDeviating(programmeId, surveillances.getFirst().id(), "2028-12-11",
                "The client closes for stocktaking from January to March 2029.", member(lead, LEAD_AUDITOR))
                .statusCode(200);

        // so the second must fall in 2029: January 2030 is inside its window but leaves 2029 without one
        UUID second = surveillances.get(1).id();
        driver.book(programmeId, second, "2030-01-14", member(lead, LEAD_AUDITOR))
                .statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/calendar-year-without-surveillance"))
                .body("title", equalTo("Calendar year without surveillance"))
                .body("detail", containsString("[2029] would have none"));
        assertThat(driver.eventsRecordedAbout(second)).isZero();

        driver.bookDeviating(programmeId, second, "2030-01-14", WHY, member(lead, LEAD_AUDITOR))
                .statusCode(200)
                .body("deviation.rule", equalTo("calendar-year-without-surveillance"))
                .body("deviation.reason", equalTo(WHY));
        given().queryParam("clientId", certified.contract().clientId()).queryParam("type", "SURVEILLANCE")
                .get("/api/v1/planning/deviations").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.deviation.rule", contains("outside-due-window", "calendar-year-without-surveillance"))
                .body("items.deviation.recordedBy", contains("planner", "planner"));

        // moved into December 2029, it keeps to the programme again
        given().contentType(ContentType.JSON)
                .body(Map.of("startDate", "2029-12-03", "team", List.of(member(lead, LEAD_AUDITOR))))
                .put("/api/v1/programmes/{p}/audits/{a}/booking", programmeId, second)
                .then().statusCode(200).body("deviation", equalTo(null));
    }
}
