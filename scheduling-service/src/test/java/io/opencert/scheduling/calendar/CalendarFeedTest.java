package io.opencert.scheduling.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.auditor.dto.CalendarTokenView;
import io.opencert.scheduling.auditor.dto.UnavailabilityView;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
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
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner-admin", roles = {"cb-staff", "cb-admin"})
class CalendarFeedTest {
    private static final String SELF = "ines-calendar";

    @Inject
    SchedulingDriver driver;

    @Inject
    AdjustableClock clock;

    @Test
    void theFeedHoldsTheAuditorsBookedAuditsAndUnavailability() throws Exception {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        String auditor = driver.registerAuditor(false, ISO_IEC_20000_1_2018);
        ContractSignedV1 contract = TestEvents.contractSigned(UUID.randomUUID());
        UUID programmeId = driver.signContract(contract);
        UUID stage1 = driver.programme(programmeId).audits().get(0).id();
        UUID stage2 = driver.programme(programmeId).audits().get(1).id();
        driver.book(programmeId, stage1, "2027-03-01", member(lead, LEAD_AUDITOR)).statusCode(200);
        driver.completeStage1(programmeId, LocalDate.of(2027, 3, 1));
        driver.book(programmeId, stage2, "2027-05-10", member(lead, LEAD_AUDITOR), member(auditor, AUDITOR))
                .statusCode(200);
        UUID training = given().contentType(ContentType.JSON)
                .body(Map.of("from", "2027-06-01", "to", "2027-06-05", "reason", "TRAINING", "note", "ITIL 4 course"))
                .post("/api/v1/auditors/{id}/unavailability", driver.auditorId(lead))
                .then().statusCode(201).extract().as(UnavailabilityView.class).id();

        ExtractableResponse<Response> issued = issue(driver.auditorId(lead)).statusCode(201).extract();

        CalendarTokenView token = issued.as(CalendarTokenView.class);
        assertThat(issued.header("Cache-Control")).isEqualTo("no-store");
        assertThat(token.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(token.feedUrl().toString()).endsWith("/api/v1/calendars/auditors/" + token.token() + ".ics");
        assertThat(driver.storedCalendarTokenHash(driver.auditorId(lead))).isEqualTo(sha256(token.token()));

        String text = given().get(token.feedUrl().toString()).then().statusCode(200)
                .contentType(startsWith("text/calendar"))
                .extract().asString();
        List<VEvent> events = parse(text).getEvents();
        assertThat(events).extracting(event -> event.getUid().getValue())
                .containsExactly(stage1 + "@opencert", stage2 + "@opencert", training + "@opencert");

        VEvent first = events.get(0);
        assertThat(first.getSummary().getValue()).isEqualTo("Stage 1 audit - " + contract.clientName());
        assertThat(dateOf(first.getDateStart().getValue())).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(dateOf(first.getDateEnd().getValue())).isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(first.getDescription().getValue()).contains("Role: Lead auditor", "Audit days: 1");
        assertThat(first.getTransparency().isOpaque()).isTrue();

        VEvent second = events.get(1);
        assertThat(second.getSummary().getValue()).isEqualTo("Stage 2 audit - " + contract.clientName());
        assertThat(dateOf(second.getDateStart().getValue())).isEqualTo(LocalDate.of(2027, 5, 10));
        // DTEND of an all-day event is exclusive: the audit's last day is 11 May
        assertThat(dateOf(second.getDateEnd().getValue())).isEqualTo(LocalDate.of(2027, 5, 12));
        assertThat(second.getDescription().getValue()).contains("Role: Lead auditor", "Audit days: 1.5");

        VEvent unavailable = events.get(2);
        assertThat(unavailable.getSummary().getValue()).isEqualTo("Unavailable: Training");
        assertThat(dateOf(unavailable.getDateStart().getValue())).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(dateOf(unavailable.getDateEnd().getValue())).isEqualTo(LocalDate.of(2027, 6, 6));
        assertThat(unavailable.getTransparency().isOpaque()).isTrue();
        assertThat(unavailable.getDescription().getValue()).isEqualTo("ITIL 4 course");

        // the other team member's feed holds only the audit they are on, in their role
        CalendarTokenView other = issue(driver.auditorId(auditor)).statusCode(201).extract().as(CalendarTokenView.class);
        List<VEvent> theirs = parse(given().get(feedPath(other.token())).then().statusCode(200).extract().asString())
                .getEvents();
        assertThat(theirs).extracting(event -> event.getUid().getValue()).containsExactly(stage2 + "@opencert");
        assertThat(theirs.get(0).getDescription().getValue()).contains("Role: Auditor");
    }

    @Test
    void aRevokedTokenAnswers404() {
        UUID auditorId = driver.auditorId(driver.registerAuditor(true, ISO_IEC_20000_1_2018));
        String token = issue(auditorId).statusCode(201).extract().as(CalendarTokenView.class).token();
        given().get(feedPath(token)).then().statusCode(200);

        given().delete("/api/v1/auditors/{id}/calendar-token", auditorId).then().statusCode(204);

        given().get(feedPath(token)).then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", endsWith("/not-found"));
        assertThat(driver.storedCalendarTokenHash(auditorId)).isNull();
    }

    @Test
    void anAddressStopsOpeningTheFeedAYearAfterItWasIssued() {
        UUID auditorId = driver.auditorId(driver.registerAuditor(true, ISO_IEC_20000_1_2018));
        CalendarTokenView issued = issue(auditorId).statusCode(201).extract().as(CalendarTokenView.class);
        assertThat(Duration.between(issued.createdAt(), issued.expiresAt())).isEqualTo(Duration.ofDays(365));
        try {
            clock.setTo(issued.expiresAt().toInstant().minusSeconds(60));
            given().get(feedPath(issued.token())).then().statusCode(200);
            clock.setTo(issued.expiresAt().toInstant());
            given().get(feedPath(issued.token())).then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                    .body("detail", containsString("expired"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aNewTokenRevokesTheOldOne() {
        UUID auditorId = driver.auditorId(driver.registerAuditor(true, ISO_IEC_20000_1_2018));
        String old = issue(auditorId).statusCode(201).extract().as(CalendarTokenView.class).token();

        String renewed = issue(auditorId).statusCode(201).extract().as(CalendarTokenView.class).token();

        assertThat(renewed).isNotEqualTo(old);
        given().get(feedPath(old)).then().statusCode(404);
        given().get(feedPath(renewed)).then().statusCode(200);
    }

    @Test
    void anUnknownOrMalformedTokenAnswers404() {
        given().get(feedPath("A".repeat(43))).then().statusCode(404).body("type", endsWith("/not-found"));
        given().get(feedPath("not-a-token")).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = SELF, roles = "auditor")
    void anAuditorIssuesTheirOwnFeedButNoOneElses() {
        UUID own = driver.auditorNamed(SELF, false, ISO_IEC_20000_1_2018);
        UUID other = driver.auditorId(driver.registerAuditor(false, ISO_IEC_20000_1_2018));

        String token = issue(own).statusCode(201).extract().as(CalendarTokenView.class).token();
        given().get(feedPath(token)).then().statusCode(200);
        issue(other).statusCode(403).body("type", endsWith("/forbidden"));
        given().delete("/api/v1/auditors/{id}/calendar-token", other).then().statusCode(403);

        given().delete("/api/v1/auditors/{id}/calendar-token", own).then().statusCode(204);
        given().get(feedPath(token)).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "planner", roles = "cb-staff")
    void planningStaffDoNotIssueFeeds() {
        UUID auditorId = driver.auditorId(driver.registerAuditor(false, ISO_IEC_20000_1_2018));

        issue(auditorId).statusCode(403);
    }

    @Test
    void anUnknownAuditorHasNoFeed() {
        issue(UUID.randomUUID()).statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse issue(UUID auditorId) {
        return given().post("/api/v1/auditors/{id}/calendar-token", auditorId).then();
    }

    private static String feedPath(String token) {
        return "/api/v1/calendars/auditors/" + token + ".ics";
    }

    /** Parses with biweekly, an iCalendar library independent of the ical4j that writes the feed. */
    private static ICalendar parse(String text) {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(text).warnings(warnings).first();
        assertThat(calendar).as("a calendar in:%n%s", text).isNotNull();
        assertThat(warnings).as("parse warnings for:%n%s", text).allSatisfy(list -> assertThat(list).isEmpty());
        return calendar;
    }

    /** An all-day date as written, without time or zone. */
    private static LocalDate dateOf(ICalDate date) {
        assertThat(date.hasTime()).isFalse();
        DateTimeComponents raw = date.getRawComponents();
        return LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate());
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
