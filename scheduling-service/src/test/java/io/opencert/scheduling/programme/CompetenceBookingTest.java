package io.opencert.scheduling.programme;

import io.opencert.events.client.ContractSignedV1;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.planning.dto.CompetenceLapse;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.rules.Competence.QualifiedRole;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.AUDITOR;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** Booking a team checks its competence: the lead's qualification to lead and the cover of the scope's areas. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class CompetenceBookingTest {
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);
    private static final LocalDate FAR_AHEAD = LocalDate.of(2035, 12, 31);

    @Inject
    SchedulingDriver driver;

    @Test
    void theProgrammeKeepsTheTechnicalAreasTheContractCarries() {
        ContractSignedV1 contract = TestEvents.withTechnicalAreas(TestEvents.contractSigned(UUID.randomUUID()),
                "IT-HOSTING", "IT-SERVICE-DESK", "IT-HOSTING");

        UUID programmeId = driver.signContract(contract);

        assertThat(driver.programme(programmeId).technicalAreas()).containsExactly("IT-HOSTING", "IT-SERVICE-DESK");
    }

    @Test
    void refusesATeamThatLeavesATechnicalAreaOfTheScopeUncoveredAndBooksOneThatCoversIt() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        driver.qualify(lead, ISO_IEC_20000_1_2018, QualifiedRole.AUDITOR, LONG_AGO, FAR_AHEAD, "IT-HOSTING");
        String serviceDesk = driver.registerAuditor(false, ISO_IEC_20000_1_2018);
        driver.qualify(serviceDesk, ISO_IEC_20000_1_2018, QualifiedRole.AUDITOR, LONG_AGO, FAR_AHEAD,
                "IT-SERVICE-DESK");
        UUID programmeId = driver.signContract(TestEvents.withTechnicalAreas(
                TestEvents.contractSigned(UUID.randomUUID()), "IT-HOSTING", "IT-SERVICE-DESK"));

        assertRefused(programmeId, "technical-areas-not-covered", "Nobody on the team holds a qualification valid "
                + "from 2027-02-01 to 2027-02-01 for the technical area(s) IT-SERVICE-DESK of the client's scope.",
                member(lead, LEAD_AUDITOR));

        UUID stage1 = driver.programme(programmeId).audits().getFirst().id();
        PlannedAuditView booked = driver.book(programmeId, stage1, "2027-02-01", member(lead, LEAD_AUDITOR),
                member(serviceDesk, AUDITOR)).statusCode(200).extract().as(PlannedAuditView.class);
        assertThat(booked.status()).isEqualTo(PlannedAuditStatus.BOOKED);
        assertThat(booked.team()).extracting(member -> member.username()).containsExactly(lead, serviceDesk);
    }

    @Test
    void refusesALeadWhoseLeadQualificationLapsesBeforeTheAuditEnds() {
        String lapsing = driver.registerUnqualified(true, ISO_IEC_20000_1_2018);
        driver.qualify(lapsing, ISO_IEC_20000_1_2018, QualifiedRole.LEAD_AUDITOR, LONG_AGO,
                LocalDate.of(2027, 1, 31));
        String renewed = driver.registerUnqualified(true, ISO_IEC_20000_1_2018);
        driver.qualify(renewed, ISO_IEC_20000_1_2018, QualifiedRole.LEAD_AUDITOR, LONG_AGO,
                LocalDate.of(2027, 2, 1));
        // a contract without technical areas: only the lead's qualification counts
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));

        assertRefused(programmeId, "lead-qualification-missing", "The lead auditor holds no lead-auditor "
                + "qualification for ISO/IEC 20000-1:2018 valid from 2027-02-01 to 2027-02-01.",
                member(lapsing, LEAD_AUDITOR));
        UUID stage1 = driver.programme(programmeId).audits().getFirst().id();
        driver.book(programmeId, stage1, "2027-02-01", member(renewed, LEAD_AUDITOR))
                .statusCode(200).body("status", equalTo("BOOKED"));
    }

    @Test
    void theBoardFlagsABookingWhoseTeamLosesAQualificationBeforeTheAudit() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        driver.qualify(lead, ISO_IEC_20000_1_2018, QualifiedRole.AUDITOR, LONG_AGO, FAR_AHEAD, "IT-NETWORK");
        UUID programmeId = driver.signContract(TestEvents.withTechnicalAreas(
                TestEvents.contractSigned(UUID.randomUUID()), "IT-NETWORK"));
        UUID stage1 = driver.programme(programmeId).audits().getFirst().id();
        driver.book(programmeId, stage1, "2027-02-01", member(lead, LEAD_AUDITOR)).statusCode(200);
        assertThat(lapses()).extracting(CompetenceLapse::auditId).doesNotContain(stage1);

        UUID network = driver.competenceOf(lead).qualifications().stream()
                .filter(qualification -> qualification.technicalAreas().contains("IT-NETWORK"))
                .findFirst().orElseThrow().id();
        driver.withdrawQualification(lead, network, LocalDate.of(2027, 1, 20));

        assertThat(lapses()).filteredOn(lapse -> lapse.auditId().equals(stage1)).singleElement()
                .satisfies(lapse -> {
                    assertThat(lapse.programmeId()).isEqualTo(programmeId);
                    assertThat(lapse.startDate()).isEqualTo(LocalDate.of(2027, 2, 1));
                    assertThat(lapse.team()).containsExactly(lead);
                    assertThat(lapse.rule()).isEqualTo("technical-areas-not-covered");
                    assertThat(lapse.detail()).contains("IT-NETWORK");
                });
    }

    private static List<CompetenceLapse> lapses() {
        return List.of(given().get("/api/v1/planning/competence-lapses").then().statusCode(200)
                .extract().as(CompetenceLapse[].class));
    }

    private void assertRefused(UUID programmeId, String rule, String detail, Map<?, ?>... team) {
        UUID stage1 = driver.programme(programmeId).audits().getFirst().id();

        driver.book(programmeId, stage1, "2027-02-01", team)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/" + rule))
                .body("detail", equalTo(detail));

        assertThat(driver.programme(programmeId).audits().getFirst().status()).isEqualTo(PlannedAuditStatus.PLANNED);
    }
}
