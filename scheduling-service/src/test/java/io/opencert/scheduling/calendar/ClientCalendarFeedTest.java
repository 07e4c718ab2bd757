package io.opencert.scheduling.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.calendar.dto.ClientCalendarTokenView;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.AUDITOR;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class ClientCalendarFeedTest {
    private static final String CLIENT_B = "c1b00000-0000-4000-8000-00000000000b";

    @Inject
    SchedulingDriver driver;

    @Inject
    AdjustableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theClientsFeedHoldsItsUpcomingAuditsWithTheTeam() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        String auditor = driver.registerAuditor(false, ISO_IEC_20000_1_2018);
        ContractSignedV1 contract = TestEvents.contractSigned(UUID.randomUUID());
        UUID programmeId = driver.signContract(contract);
        List<PlannedAuditView> audits = driver.programme(programmeId).audits();
        driver.book(programmeId, audits.get(0).id(), "2027-03-01", member(lead, LEAD_AUDITOR)).statusCode(200);
        driver.completeStage1(programmeId, LocalDate.of(2027, 3, 1));
        driver.book(programmeId, audits.get(1).id(), "2027-05-10", member(lead, LEAD_AUDITOR),
                member(auditor, AUDITOR)).statusCode(200);
        UUID otherClientsAudit = bookAnotherClientsAudit(lead);
        clock.setTo(LocalDate.of(2027, 3, 15).atStartOfDay().toInstant(ZoneOffset.UTC));

        ClientCalendarTokenView token = issue(contract.clientId()).statusCode(201)
                .header("Cache-Control", "no-store")
                .extract().as(ClientCalendarTokenView.class);

        assertThat(token.feedUrl().toString()).endsWith("/api/v1/calendars/clients/" + token.token() + ".ics");
        List<VEvent> events = parse(given().get(token.feedUrl().toString()).then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString()).getEvents();
        // stage 1 is over by 15 March; another client's audit is not in this feed
        assertThat(events).extracting(event -> event.getUid().getValue())
                .containsExactly(audits.get(1).id() + "@opencert")
                .doesNotContain(otherClientsAudit + "@opencert");
        VEvent stage2 = events.getFirst();
        assertThat(stage2.getSummary().getValue()).isEqualTo("Stage 2 audit - ISO/IEC 20000-1:2018");
        assertThat(dateOf(stage2.getDateStart().getValue())).isEqualTo(LocalDate.of(2027, 5, 10));
        assertThat(dateOf(stage2.getDateEnd().getValue())).isEqualTo(LocalDate.of(2027, 5, 12));
        assertThat(stage2.getDescription().getValue())
                .contains("Auditor " + lead + " (lead auditor), Auditor " + auditor, "Audit days: 1.5");
    }

    @Test
    void aNewTokenRevokesTheOldOneAndARevokedTokenAnswers404() {
        UUID clientId = UUID.randomUUID();
        driver.signContract(TestEvents.contractSigned(clientId));
        String old = issue(clientId).statusCode(201).extract().as(ClientCalendarTokenView.class).token();
        String renewed = issue(clientId).statusCode(201).extract().as(ClientCalendarTokenView.class).token();

        given().get(feedPath(old)).then().statusCode(404).body("type", endsWith("/not-found"));
        given().get(feedPath(renewed)).then().statusCode(200);

        given().delete("/api/v1/calendars/clients/{id}/token", clientId).then().statusCode(204);
        given().get(feedPath(renewed)).then().statusCode(404);
        given().get(feedPath("not-a-token")).then().statusCode(404);
    }

    @Test
    void aClientWithoutProgrammeHasNoFeed() {
        issue(UUID.randomUUID()).statusCode(404);
    }

    @Test
    @TestSecurity(user = "client-b", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = CLIENT_B))
    void aClientUserKeepsTheirOwnOrganisationsFeedOnly() {
        driver.signContract(TestEvents.contractSigned(UUID.fromString(CLIENT_B)));
        UUID other = UUID.randomUUID();
        driver.signContract(TestEvents.contractSigned(other));

        String token = issue(UUID.fromString(CLIENT_B)).statusCode(201).extract().as(ClientCalendarTokenView.class)
                .token();
        given().get(feedPath(token)).then().statusCode(200);
        issue(other).statusCode(404);
        given().delete("/api/v1/calendars/clients/{id}/token", other).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void auditorsDoNotIssueClientFeeds() {
        issue(UUID.randomUUID()).statusCode(403);
    }

    private UUID bookAnotherClientsAudit(String lead) {
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        UUID stage1 = driver.programme(programmeId).audits().get(0).id();
        driver.book(programmeId, stage1, "2027-04-05", member(lead, LEAD_AUDITOR)).statusCode(200);
        return stage1;
    }

    private static ValidatableResponse issue(UUID clientId) {
        return given().post("/api/v1/calendars/clients/{id}/token", clientId).then();
    }

    private static String feedPath(String token) {
        return "/api/v1/calendars/clients/" + token + ".ics";
    }

    /** Parses with biweekly, an iCalendar library independent of the ical4j that writes the feed. */
    private static ICalendar parse(String text) {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(text).warnings(warnings).first();
        assertThat(calendar).as("a calendar in:%n%s", text).isNotNull();
        assertThat(warnings).as("parse warnings for:%n%s", text).allSatisfy(list -> assertThat(list).isEmpty());
        return calendar;
    }

    private static LocalDate dateOf(ICalDate date) {
        assertThat(date.hasTime()).isFalse();
        DateTimeComponents raw = date.getRawComponents();
        return LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate());
    }
}
