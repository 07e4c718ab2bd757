package io.opencert.scheduling.programme;

import io.opencert.commons.time.AdjustableClock;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.SchedulingDriver.Certified;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.TeamProposal;
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
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class SuggestionTest {

    @Inject
    SchedulingDriver driver;

    @Inject
    AdjustableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theSuggestionFallsInTheDueWindowAndBooksAsProposed() {
        driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), LocalDate.of(2028, 3, 1));
        PlannedAuditView surveillance = driver.programme(certified.programmeId()).audits().get(2);

        TeamProposal proposal = suggest(certified.programmeId(), surveillance.id()).statusCode(200)
                .extract().as(TeamProposal.class);

        assertThat(proposal.startDate()).isBetween(surveillance.dueFrom(), surveillance.dueBy());
        assertThat(proposal.endDate()).isEqualTo(proposal.startDate()).isBeforeOrEqualTo(surveillance.dueBy());
        assertThat(proposal.team()).filteredOn(member -> member.role() == LEAD_AUDITOR).hasSize(1);
        given().contentType(ContentType.JSON).body(proposal)
                .post("/api/v1/programmes/{p}/audits/{a}/booking", certified.programmeId(), surveillance.id())
                .then().statusCode(200)
                .body("status", equalTo("BOOKED"))
                .body("startDate", equalTo(proposal.startDate().toString()))
                .body("team[0].username", equalTo(proposal.team().getFirst().username()));
    }

    @Test
    void theSuggestionStartsNoEarlierThanToday() {
        driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), LocalDate.of(2028, 3, 1));
        PlannedAuditView surveillance = driver.programme(certified.programmeId()).audits().get(2);
        LocalDate today = surveillance.dueBy().minusDays(20);
        clock.setTo(today.atStartOfDay().toInstant(ZoneOffset.UTC));

        TeamProposal proposal = suggest(certified.programmeId(), surveillance.id()).statusCode(200)
                .extract().as(TeamProposal.class);

        assertThat(proposal.startDate()).isBetween(today, surveillance.dueBy());
    }

    @Test
    void aWindowThatHasClosedHasNoSuggestion() {
        Certified certified = driver.certify(UUID.randomUUID(), LocalDate.of(2028, 3, 1));
        PlannedAuditView surveillance = driver.programme(certified.programmeId()).audits().get(2);
        clock.setTo(surveillance.dueBy().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));

        suggest(certified.programmeId(), surveillance.id()).statusCode(409)
                .body("type", endsWith("/no-team-available"));
    }

    @Test
    void onlyAPlannedAuditGetsASuggestion() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        UUID stage1 = driver.programme(programmeId).audits().get(0).id();
        driver.book(programmeId, stage1, "2027-02-01", member(lead, LEAD_AUDITOR)).statusCode(200);

        suggest(programmeId, stage1).statusCode(409).body("type", endsWith("/audit-not-planned"));
        suggest(programmeId, UUID.randomUUID()).statusCode(404);
        suggest(UUID.randomUUID(), stage1).statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void onlyPlanningStaffAskForSuggestions() {
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        UUID stage1 = driver.programme(programmeId).audits().get(0).id();

        suggest(programmeId, stage1).statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse suggest(UUID programmeId, UUID auditId) {
        return given().get("/api/v1/programmes/{p}/audits/{a}/suggestion", programmeId, auditId).then();
    }
}
