package io.opencert.scheduling.programme;

import io.opencert.events.client.ConsultancyRecordedV1;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.dto.BookingRequest;
import io.opencert.scheduling.programme.dto.ImpartialityConflict;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.ProgrammeView;
import io.opencert.scheduling.programme.dto.TeamProposal;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** Consultancies the impartiality register learns of after the contract, and the bookings they keep from the client. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class ImpartialityBookingTest {
    /** Stage 1 on this Monday: 2 years before it is 1 February 2025. */
    private static final String STAGE_1_ON = "2027-02-01";

    @Inject
    SchedulingDriver driver;

    private UUID clientId;
    private UUID programmeId;
    private UUID stage1;
    private String lead;
    private String consultant;

    @BeforeEach
    void aSignedContract() {
        lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        consultant = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        clientId = UUID.randomUUID();
        programmeId = driver.signContract(TestEvents.contractSigned(clientId));
        stage1 = driver.programme(programmeId).audits().getFirst().id();
    }

    @Test
    void anAuditorTheRegisterLearntConsultedTheClientIsRefusedAndAnotherOneIsBooked() {
        record(TestEvents.consultancyRecorded(clientId, consultant, LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 3, 31)));

        driver.book(programmeId, stage1, STAGE_1_ON, member(lead, LEAD_AUDITOR), member(consultant, AUDITOR))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/auditor-excluded"))
                .body("title", equalTo("Auditor excluded for impartiality"))
                .body("detail", equalTo(consultant + " consulted this client from 2025-09-01 to 2026-03-31 "
                        + "(impartiality register), within 2 years of the audit from 2027-02-01 to 2027-02-01."));
        assertThat(driver.programme(programmeId).audits().getFirst().status()).isEqualTo(PlannedAuditStatus.PLANNED);

        driver.book(programmeId, stage1, STAGE_1_ON, member(lead, LEAD_AUDITOR))
                .statusCode(200)
                .body("status", equalTo("BOOKED"))
                .body("impartialityConflicts", equalTo(List.of()));
    }

    @Test
    void aConsultancyThatEndedMoreThan2YearsBeforeTheAuditIsNoObstacle() {
        record(TestEvents.consultancyRecorded(clientId, consultant, LocalDate.of(2023, 6, 1),
                LocalDate.of(2025, 1, 31)));

        driver.book(programmeId, stage1, STAGE_1_ON, member(consultant, LEAD_AUDITOR))
                .statusCode(200)
                .body("status", equalTo("BOOKED"));
        assertThat(driver.programme(programmeId).audits().getFirst().impartialityConflicts()).isEmpty();
    }

    @Test
    void aConsultancyStillGoingOnRefusesTheConsultantAsLeadOnAnyLaterDate() {
        record(TestEvents.consultancyRecorded(clientId, consultant, LocalDate.of(2026, 11, 1), null));

        driver.book(programmeId, stage1, "2027-03-01", member(consultant, LEAD_AUDITOR))
                .statusCode(409)
                .body("type", endsWith("/auditor-excluded"))
                .body("detail", containsString("from 2026-11-01, still going on"));
    }

    @Test
    void theSuggestionDoesNotProposeTheConsultant() {
        String firstChoice = suggest().statusCode(200).extract().as(TeamProposal.class).team().getFirst().username();

        ConsultancyRecordedV1 consultancy = TestEvents.consultancyRecorded(clientId, firstChoice,
                LocalDate.of(2026, 1, 1), null);
        record(consultancy);

        TeamProposal proposal = suggest().statusCode(200).extract().as(TeamProposal.class);
        assertThat(proposal.team()).extracting(BookingRequest.Member::username).doesNotContain(firstChoice);
        given().contentType(ContentType.JSON).body(proposal)
                .post("/api/v1/programmes/{p}/audits/{a}/booking", programmeId, stage1)
                .then().statusCode(200);
    }

    @Test
    void aRedeliveredConsultancyChangesNothing() {
        driver.book(programmeId, stage1, STAGE_1_ON, member(consultant, LEAD_AUDITOR)).statusCode(200);
        ConsultancyRecordedV1 consultancy = TestEvents.consultancyRecorded(clientId, consultant,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        UUID eventId = UUID.randomUUID();
        driver.deliver("client-events", consultancy, eventId);
        ProgrammeView once = driver.programme(programmeId);

        driver.deliver("client-events", consultancy, eventId);

        ProgrammeView twice = driver.programme(programmeId);
        assertThat(twice).isEqualTo(once);
        assertThat(twice.audits().getFirst().impartialityConflicts()).hasSize(1);
    }

    @Test
    void anAuditAlreadyBookedWithTheConsultantStaysBookedAndShowsTheConflictUntilItsTeamChanges() {
        driver.book(programmeId, stage1, STAGE_1_ON, member(consultant, LEAD_AUDITOR)).statusCode(200);
        long versionBooked = driver.programme(programmeId).version();
        ConsultancyRecordedV1 consultancy = TestEvents.consultancyRecorded(clientId, consultant,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

        record(consultancy);

        ProgrammeView programme = driver.programme(programmeId);
        PlannedAuditView booked = programme.audits().getFirst();
        assertThat(booked.status()).isEqualTo(PlannedAuditStatus.BOOKED);
        assertThat(booked.startDate()).isEqualTo(LocalDate.parse(STAGE_1_ON));
        assertThat(booked.team()).extracting(member -> member.username()).containsExactly(consultant);
        assertThat(booked.impartialityConflicts()).containsExactly(new ImpartialityConflict(consultant,
                consultancy.consultancyId(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
        assertThat(programme.version()).isEqualTo(versionBooked + 1);
        assertThat(programme.audits().get(1).impartialityConflicts()).isEmpty();

        reschedule(STAGE_1_ON, member(consultant, LEAD_AUDITOR))
                .statusCode(409)
                .body("type", endsWith("/auditor-excluded"));
        reschedule(STAGE_1_ON, member(lead, LEAD_AUDITOR)).statusCode(200);
        assertThat(driver.programme(programmeId).audits().getFirst().impartialityConflicts()).isEmpty();
    }

    @Test
    void whenTheBodyItselfConsultedTheClientNothingIsBookedWithin2Years() {
        driver.book(programmeId, stage1, STAGE_1_ON, member(lead, LEAD_AUDITOR)).statusCode(200);
        UUID stage2 = driver.programme(programmeId).audits().get(1).id();
        driver.completeStage1(programmeId, LocalDate.parse(STAGE_1_ON));
        ConsultancyRecordedV1 consultancy = TestEvents.consultancyRecorded(clientId, null, LocalDate.of(2025, 10, 1),
                LocalDate.of(2026, 2, 28));

        record(consultancy);

        driver.book(programmeId, stage2, "2027-03-01", member(lead, LEAD_AUDITOR))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/certification-body-consulted-client"))
                .body("title", equalTo("Certification body consulted the client"))
                .body("detail", containsString("The certification body consulted this client from 2025-10-01 to "
                        + "2026-02-28"));
        given().get("/api/v1/programmes/{p}/audits/{a}/suggestion", programmeId, stage2).then()
                .statusCode(409)
                .body("type", endsWith("/certification-body-consulted-client"));
        assertThat(driver.programme(programmeId).audits().get(1).status()).isEqualTo(PlannedAuditStatus.PLANNED);
    }

    @Test
    void anAuditBookedBeforeTheRegisterLearntTheBodyConsultedShowsTheConflict() {
        driver.book(programmeId, stage1, STAGE_1_ON, member(lead, LEAD_AUDITOR)).statusCode(200);
        ConsultancyRecordedV1 consultancy = TestEvents.consultancyRecorded(clientId, null, LocalDate.of(2026, 4, 1),
                null);

        record(consultancy);

        assertThat(driver.programme(programmeId).audits().getFirst().impartialityConflicts())
                .containsExactly(new ImpartialityConflict(null, consultancy.consultancyId(), LocalDate.of(2026, 4, 1),
                        null));
    }

    private void record(ConsultancyRecordedV1 consultancy) {
        driver.deliver("client-events", consultancy, UUID.randomUUID());
    }

    private ValidatableResponse suggest() {
        return given().get("/api/v1/programmes/{p}/audits/{a}/suggestion", programmeId, stage1).then();
    }

    private ValidatableResponse reschedule(String startDate, Map<?, ?>... team) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("startDate", startDate, "team", List.of(team)))
                .put("/api/v1/programmes/{p}/audits/{a}/booking", programmeId, stage1)
                .then();
    }
}
