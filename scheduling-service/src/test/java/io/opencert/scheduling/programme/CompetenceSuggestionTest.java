package io.opencert.scheduling.programme;

import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.SchedulingDriver.Certified;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.TeamProposal;
import io.opencert.scheduling.rules.Competence.QualifiedRole;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.AUDITOR;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * The suggestion proposes only teams that cover the scope's technical areas. Each test scopes the client to areas of
 * its own, so that only the auditors it qualifies for them can cover them, whoever else the register holds.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class CompetenceSuggestionTest {
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);
    private static final LocalDate FAR_AHEAD = LocalDate.of(2035, 12, 31);

    @Inject
    SchedulingDriver driver;

    @Test
    void suggestsALeadAndTheAuditorWhoCoversTheAreaTheLeadDoesNot() {
        String area = newArea();
        driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        String specialist = driver.registerAuditor(false, ISO_IEC_20000_1_2018);
        driver.qualify(specialist, ISO_IEC_20000_1_2018, QualifiedRole.AUDITOR, LONG_AGO, FAR_AHEAD, area);
        Certified certified = driver.certify(TestEvents.withTechnicalAreas(
                TestEvents.contractSigned(UUID.randomUUID()), area), LocalDate.of(2028, 3, 1));
        PlannedAuditView surveillance = driver.programme(certified.programmeId()).audits().get(2);

        TeamProposal proposal = suggest(certified.programmeId(), surveillance.id()).statusCode(200)
                .extract().as(TeamProposal.class);

        // a one-day surveillance: the lead alone would do, were it not for the area only the specialist covers
        assertThat(proposal.team()).hasSize(2);
        assertThat(proposal.team().get(0).role()).isEqualTo(LEAD_AUDITOR);
        assertThat(proposal.team().get(1)).satisfies(member -> {
            assertThat(member.username()).isEqualTo(specialist);
            assertThat(member.role()).isEqualTo(AUDITOR);
        });
        given().contentType(ContentType.JSON).body(proposal)
                .post("/api/v1/programmes/{p}/audits/{a}/booking", certified.programmeId(), surveillance.id())
                .then().statusCode(200)
                .body("status", equalTo("BOOKED"))
                .body("team[1].username", equalTo(specialist));
    }

    @Test
    void suggestsALeadAloneWhoCoversEveryArea() {
        String hosting = newArea();
        String network = newArea();
        String allRounder = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        driver.qualify(allRounder, ISO_IEC_20000_1_2018, QualifiedRole.LEAD_AUDITOR, LONG_AGO, FAR_AHEAD, hosting,
                network);
        Certified certified = driver.certify(TestEvents.withTechnicalAreas(
                TestEvents.contractSigned(UUID.randomUUID()), hosting, network), LocalDate.of(2028, 3, 1));
        PlannedAuditView surveillance = driver.programme(certified.programmeId()).audits().get(2);

        TeamProposal proposal = suggest(certified.programmeId(), surveillance.id()).statusCode(200)
                .extract().as(TeamProposal.class);

        assertThat(proposal.team()).singleElement().satisfies(member -> {
            assertThat(member.username()).isEqualTo(allRounder);
            assertThat(member.role()).isEqualTo(LEAD_AUDITOR);
        });
    }

    @Test
    void findsNoTeamWhenOnlyALapsedQualificationCoversAnArea() {
        String area = newArea();
        String lapsed = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        driver.qualify(lapsed, ISO_IEC_20000_1_2018, QualifiedRole.AUDITOR, LONG_AGO, LocalDate.of(2028, 1, 31),
                area);
        Certified certified = driver.certify(TestEvents.withTechnicalAreas(
                TestEvents.contractSigned(UUID.randomUUID()), area), LocalDate.of(2028, 3, 1));
        PlannedAuditView surveillance = driver.programme(certified.programmeId()).audits().get(2);

        suggest(certified.programmeId(), surveillance.id()).statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/no-team-available"));
    }

    /** An area of the catalogue that no other test qualifies anybody for. */
    private String newArea() {
        String code = "ZZ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        driver.addTechnicalArea(code, "Test area " + code);
        return code;
    }

    private static ValidatableResponse suggest(UUID programmeId, UUID auditId) {
        return given().get("/api/v1/programmes/{p}/audits/{a}/suggestion", programmeId, auditId).then();
    }
}
