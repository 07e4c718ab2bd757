package io.opencert.scheduling.programme;

import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.ProgrammeView;
import io.opencert.scheduling.programme.dto.SampledSiteView;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2011;
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
class BookingTest {

    @Inject
    SchedulingDriver driver;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    void bookingFixesDatesAndTeamAndAnnouncesTheAudit() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        String auditor = driver.registerAuditor(false, ISO_IEC_20000_1_2018, ISO_IEC_20000_1_2011);
        ContractSignedV1 contract = TestEvents.contractSigned(UUID.randomUUID());
        UUID programmeId = driver.signContract(contract);
        driver.completeStage1(programmeId, LocalDate.of(2027, 3, 1));
        PlannedAuditView stage2 = driver.programme(programmeId).audits().get(1);

        PlannedAuditView booked = driver.book(programmeId, stage2.id(), "2027-05-10",
                        member(lead, LEAD_AUDITOR), member(auditor, AUDITOR))
                .statusCode(200).extract().as(PlannedAuditView.class);

        // 1.5 audit days take two calendar days on site
        List<TeamMember> team = List.of(new TeamMember(lead, "Auditor " + lead, LEAD_AUDITOR),
                new TeamMember(auditor, "Auditor " + auditor, AUDITOR));
        assertThat(booked).isEqualTo(new PlannedAuditView(stage2.id(), AuditType.STAGE_2,
                List.of(ISO_IEC_20000_1_2018), stage2.dueFrom(), stage2.dueBy(), TestEvents.STAGE_2_DAYS,
                PlannedAuditStatus.BOOKED, LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 11), team, false, false,
                null, null, null, null, null, null, null, null, null,
                List.of(new SampledSiteView(TestEvents.SITES.getFirst().siteId(), "Head office", "Ghent", "BE", true,
                        14, "central function, visited at every audit")), true, List.of()));
        ProgrammeView programme = driver.programme(programmeId);
        assertThat(programme.audits()).containsExactly(programme.audits().get(0), booked);
        assertThat(programme.audits().get(0).status()).isEqualTo(PlannedAuditStatus.COMPLETED);
        assertThat(programme.version()).isEqualTo(2);

        CloudEvents.Published<AuditScheduledV1> published = CloudEvents.published(connector, AuditScheduledV1.class,
                event -> event.auditId().equals(stage2.id()));
        assertThat(published.attributes().getType()).isEqualTo("cb.scheduling.audit-scheduled.v1");
        assertThat(published.attributes().getSubject()).contains(stage2.id().toString());
        assertThat(published.attributes().getSource()).hasToString("/scheduling-service");
        AuditScheduledV1 scheduled = published.data();
        assertThat(scheduled).usingRecursiveComparison().ignoringFields("scheduledAt")
                .isEqualTo(new AuditScheduledV1(stage2.id(), programmeId, contract.clientId(), contract.clientName(),
                        AuditType.STAGE_2, List.of(Standard.ISO_IEC_20000_1_2018), TestEvents.SCOPE, TestEvents.SITES,
                        LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 11), TestEvents.STAGE_2_DAYS, team, null,
                        TestEvents.SITES));
        assertThat(scheduled.scheduledAt()).isNotNull();
    }

    @Test
    void refusesAnAuditorNotQualifiedForTheStandard() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        String otherEdition = driver.registerAuditor(false, ISO_IEC_20000_1_2011);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));

        assertRefused(programmeId, "2027-02-01", "auditor-not-qualified",
                otherEdition + " is not qualified for ISO/IEC 20000-1:2018.",
                member(lead, LEAD_AUDITOR), member(otherEdition, AUDITOR));
    }

    @Test
    void refusesATeamWithoutLeadAuditor() {
        String auditor = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));

        assertRefused(programmeId, "2027-02-01", "exactly-one-lead-auditor", "this one has 0", member(auditor, AUDITOR));
    }

    @Test
    void refusesAMemberListedTwice() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));

        assertRefused(programmeId, "2027-02-01", "team-member-listed-twice", lead,
                member(lead, LEAD_AUDITOR), member(lead, AUDITOR));
    }

    @Test
    void refusesALeadWhoIsNotALeadAuditor() {
        String auditor = driver.registerAuditor(false, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));

        assertRefused(programmeId, "2027-02-01", "not-a-lead-auditor", auditor + " is not registered as a lead auditor.",
                member(auditor, LEAD_AUDITOR));
    }

    @Test
    void refusesAnAuditorTheContractExcludes() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        String consultant = driver.registerAuditor(false, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID(), consultant));

        assertRefused(programmeId, "2027-02-01", "auditor-excluded", consultant + " is excluded from this client's audits",
                member(lead, LEAD_AUDITOR), member(consultant, AUDITOR));
    }

    @Test
    void refusesSomeoneNotInTheRegister() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));

        assertRefused(programmeId, "2027-02-01", "auditor-not-registered",
                "nobody-" + lead + " is not in the auditor register.",
                member(lead, LEAD_AUDITOR), member("nobody-" + lead, AUDITOR));
    }

    @Test
    void refusesAnAuditorAlreadyBookedOnOneOfTheDays() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        String other = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID firstProgramme = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        driver.completeStage1(firstProgramme, LocalDate.of(2027, 3, 1));
        UUID firstStage2 = driver.programme(firstProgramme).audits().get(1).id();
        driver.book(firstProgramme, firstStage2, "2027-04-05", member(lead, LEAD_AUDITOR)).statusCode(200);
        UUID secondProgramme = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));

        assertRefused(secondProgramme, "2027-04-06", "auditor-already-booked",
                lead + " is already booked from 2027-04-05 to 2027-04-06 for audit " + firstStage2 + ".",
                member(other, LEAD_AUDITOR), member(lead, AUDITOR));
        UUID secondStage1 = driver.programme(secondProgramme).audits().get(0).id();
        driver.book(secondProgramme, secondStage1, "2027-04-07", member(other, LEAD_AUDITOR), member(lead, AUDITOR))
                .statusCode(200).body("status", equalTo("BOOKED"));
    }

    @Test
    void refusesToBookAnAuditTwice() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        UUID stage1 = driver.programme(programmeId).audits().get(0).id();
        driver.book(programmeId, stage1, "2027-02-01", member(lead, LEAD_AUDITOR)).statusCode(200);

        driver.book(programmeId, stage1, "2027-02-15", member(lead, LEAD_AUDITOR))
                .statusCode(409)
                .body("type", endsWith("/audit-not-planned"))
                .body("detail", containsString("is BOOKED"));
        assertThat(driver.programme(programmeId).audits().get(0).startDate()).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void bookingWithAnOutdatedVersionIsRefusedAndTheCurrentOneAccepted() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        String seen = given().get("/api/v1/programmes/{id}", programmeId).then().statusCode(200)
                .header("ETag", "\"0\"").extract().header("ETag");
        List<PlannedAuditView> audits = driver.programme(programmeId).audits();
        // the audit team completes stage 1 meanwhile
        driver.completeStage1(programmeId, LocalDate.of(2027, 2, 1));

        bookIfMatch(programmeId, audits.get(1).id(), seen, "2027-03-01", lead)
                .statusCode(412)
                .body("type", endsWith("/programme-changed"))
                .body("detail", containsString("(version 1)"));

        bookIfMatch(programmeId, audits.get(1).id(), "\"1\"", "2027-03-01", lead).statusCode(200);
        assertThat(driver.programme(programmeId).version()).isEqualTo(2);
    }

    @Test
    void aBookingNeedsAStartDateAndATeam() {
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        UUID stage1 = driver.programme(programmeId).audits().get(0).id();

        given().contentType(ContentType.JSON).body(Map.of("team", List.of()))
                .post("/api/v1/programmes/{programmeId}/audits/{auditId}/booking", programmeId, stage1)
                .then().statusCode(400)
                .body("violations.field", hasItem("startDate"))
                .body("violations.field", hasItem("team"));
    }

    @Test
    void anAuditOfAnotherProgrammeIsNotFound() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));

        driver.book(programmeId, UUID.randomUUID(), "2027-02-01", member(lead, LEAD_AUDITOR))
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void onlyPlanningStaffBook() {
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        UUID stage1 = driver.programme(programmeId).audits().get(0).id();

        driver.book(programmeId, stage1, "2027-02-01", member("anyone", LEAD_AUDITOR)).statusCode(403);
    }

    /** The refusal names its rule, and neither the audit nor the outbox changed. */
    private void assertRefused(UUID programmeId, String startDate, String rule, String detail, Map<?, ?>... team) {
        UUID stage1 = driver.programme(programmeId).audits().get(0).id();

        driver.book(programmeId, stage1, startDate, team)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/" + rule))
                .body("detail", containsString(detail));

        ProgrammeView unchanged = driver.programme(programmeId);
        assertThat(unchanged.audits().get(0).status()).isEqualTo(PlannedAuditStatus.PLANNED);
        assertThat(unchanged.audits().get(0).team()).isEmpty();
        assertThat(unchanged.version()).isZero();
        assertThat(driver.eventsRecordedAbout(stage1)).isZero();
    }

    private static ValidatableResponse bookIfMatch(UUID programmeId, UUID auditId, String etag, String startDate,
                                                   String lead) {
        return given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("startDate", startDate, "team", List.of(member(lead, LEAD_AUDITOR))))
                .post("/api/v1/programmes/{programmeId}/audits/{auditId}/booking", programmeId, auditId)
                .then();
    }
}
