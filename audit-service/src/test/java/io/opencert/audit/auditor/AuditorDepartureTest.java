package io.opencert.audit.auditor;

import io.opencert.audit.Bookings;
import io.opencert.audit.finding.FindingService;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.TeamMember;
import io.opencert.events.model.TeamRole;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.events.scheduling.AuditorLeftV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * An auditor who leaves the certification body (AuditorLeft from scheduling-service) reaches none of their audits
 * through the auditor API from the day they leave, whatever token they still hold; the rest of the team works on.
 * Each test has auditors of its own: the database outlives a test, and the first departure of an auditor stands.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class AuditorDepartureTest {
    private static final String LEFT_TODAY = "leaver1";
    private static final String COLLEAGUE_LEFT = "leaver2";
    private static final String LEAVING_LATER = "leaver3";
    private static final String LEFT_REDELIVERED = "leaver4";
    private static final String STAYING = "stayer1";
    private static final String BUNDLE = "/api/v1/auditor/audits/{id}/bundle";
    private static final String ATTACHMENT = "/api/v1/auditor/audits/{id}/findings/{f}/attachments/{a}";

    @Inject
    Bookings bookings;

    @Inject
    AdjustableClock clock;

    @Test
    @TestSecurity(user = LEFT_TODAY, roles = "auditor")
    void fromTheDayTheyLeaveAnAuditorIsRefusedEveryEndpointOfTheAuditorApi() throws Throwable {
        AuditScheduledV1 booked = bookOnTeamOf(LEFT_TODAY);
        UUID observation = bookings.nonconformity(booked.auditId(), FindingGrade.OBSERVATION);
        given().get(BUNDLE, booked.auditId()).then().statusCode(200);
        AuditorLeftV1 left = bookings.departure(LEFT_TODAY, clock.today());

        bookings.deliver(left, UUID.randomUUID());

        refused(given().get("/api/v1/auditor/assignments"), left);
        refused(given().get(BUNDLE, booked.auditId()), left);
        UUID finding = UUID.randomUUID();
        refused(sync(booked.auditId(), finding), left);
        refused(given().contentType("application/pdf").body("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))
                .queryParam("fileName", "server-room.pdf")
                .put(ATTACHMENT, booked.auditId(), observation, UUID.randomUUID()), left);
        assertThat(bookings.history(FindingService.ENTITY, finding)).as("the refused batch recorded nothing").isEmpty();
        // the audit's own endpoints, which auditors use too, refuse them as well
        refused(given().get("/api/v1/audits/{id}", booked.auditId()), left);
        refused(given().get("/api/v1/audits/{id}/report", booked.auditId()), left);
    }

    @Test
    @TestSecurity(user = STAYING, roles = "auditor")
    void theAuditorsWhoStayWorkOnTheAuditsOfAColleagueWhoLeft() {
        AuditScheduledV1 booked = bookOnTeamOf(COLLEAGUE_LEFT);
        bookings.deliver(bookings.departure(COLLEAGUE_LEFT, clock.today()), UUID.randomUUID());

        given().queryParam("size", 100).get("/api/v1/auditor/assignments").then().statusCode(200)
                .body("items.auditId", hasItem(booked.auditId().toString()));
        given().get(BUNDLE, booked.auditId()).then().statusCode(200)
                .body("audit.team.username", hasItem(COLLEAGUE_LEFT));
        sync(booked.auditId(), UUID.randomUUID()).then().statusCode(200)
                .body("findings[0].outcome", equalTo("APPLIED"));
    }

    @Test
    @TestSecurity(user = LEAVING_LATER, roles = "auditor")
    void anAuditorWhoWillLeaveWorksOnUntilTheDayTheyLeave() {
        AuditScheduledV1 booked = bookOnTeamOf(LEAVING_LATER);
        LocalDate leaving = clock.today().plusDays(10);
        AuditorLeftV1 left = bookings.departure(LEAVING_LATER, leaving);
        bookings.deliver(left, UUID.randomUUID());

        given().get(BUNDLE, booked.auditId()).then().statusCode(200);
        sync(booked.auditId(), UUID.randomUUID()).then().statusCode(200)
                .body("findings[0].outcome", equalTo("APPLIED"));
        try {
            // the body's day is the UTC day
            clock.setTo(leaving.minusDays(1).atTime(23, 59).toInstant(ZoneOffset.UTC));
            given().get(BUNDLE, booked.auditId()).then().statusCode(200);

            clock.setTo(leaving.atStartOfDay(ZoneOffset.UTC).toInstant());
            refused(given().get(BUNDLE, booked.auditId()), left);
            refused(sync(booked.auditId(), UUID.randomUUID()), left);
        } finally {
            clock.reset();
        }
    }

    @Test
    @TestSecurity(user = LEFT_REDELIVERED, roles = "auditor")
    void aRedeliveredDepartureChangesNothingAndALaterOneDoesNotReopenTheAudits() throws Throwable {
        AuditScheduledV1 booked = bookOnTeamOf(LEFT_REDELIVERED);
        AuditorLeftV1 left = bookings.departure(LEFT_REDELIVERED, clock.today());
        UUID eventId = UUID.randomUUID();

        bookings.deliver(left, eventId);
        bookings.deliver(left, eventId);
        bookings.deliver(new AuditorLeftV1(left.auditorId(), LEFT_REDELIVERED, clock.today().plusDays(30),
                clock.instant()), UUID.randomUUID());

        refused(given().get(BUNDLE, booked.auditId()), left);
        assertThat(bookings.history("Auditor", left.auditorId())).extracting(entry -> entry.action)
                .containsExactly("left");
    }

    /** A stage 2 audit under way, led by {@code lead} with {@link #STAYING} auditing. */
    private AuditScheduledV1 bookOnTeamOf(String lead) {
        return bookings.book(bookings.withTeam(bookings.stage2(),
                new TeamMember(lead, "Lea Leaving", TeamRole.LEAD_AUDITOR),
                new TeamMember(STAYING, "Sam Staying", TeamRole.AUDITOR)));
    }

    private static Response sync(UUID auditId, UUID findingId) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("batchId", UUID.randomUUID().toString(), "findings", List.of(Map.of(
                        "id", findingId.toString(), "grade", "OBSERVATION", "clause", "8.5.1",
                        "evidence", "Change records CHG-2201 to CHG-2214 were seen."))))
                .post("/api/v1/auditor/audits/{id}/sync", auditId);
    }

    private static void refused(Response response, AuditorLeftV1 left) {
        response.then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://opencert.io/problems/former-auditor"))
                .body("status", equalTo(403))
                .body("detail", equalTo(left.username() + " left the certification body on " + left.leftOn()
                        + " and no longer reaches its audits."));
    }
}
