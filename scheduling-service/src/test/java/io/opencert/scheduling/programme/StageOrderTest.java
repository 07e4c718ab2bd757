package io.opencert.scheduling.programme;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.Recommendation;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.ProgrammeView;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** Stage 2 follows a stage 1 that found the client ready, within 6 months of it (the default). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class StageOrderTest {
    private static final LocalDate STAGE_1_ENDED = LocalDate.of(2027, 2, 26);

    @Inject
    SchedulingDriver driver;

    @Test
    void stage2CannotBeBookedBeforeStage1IsCompleted() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        UUID stage2 = stage2Of(driver.programme(programmeId)).id();

        driver.book(programmeId, stage2, "2027-05-10", member(lead, LEAD_AUDITOR))
                .statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/stage-1-not-completed"))
                .body("title", equalTo("Stage 1 not completed"))
                .body("detail", containsString("once stage 1 is completed"));

        assertThat(stage2Of(driver.programme(programmeId)).status()).isEqualTo(PlannedAuditStatus.PLANNED);
        assertThat(driver.eventsRecordedAbout(stage2)).isZero();
        // nor does the planner get dates for it
        given().get("/api/v1/programmes/{p}/audits/{a}/suggestion", programmeId, stage2)
                .then().statusCode(409).body("type", endsWith("/stage-1-not-completed"));
    }

    @Test
    void aReadyStage1MakesStage2DueInTheSixMonthsAfterIt() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));

        driver.completeStage1(programmeId, STAGE_1_ENDED);

        ProgrammeView programme = driver.programme(programmeId);
        PlannedAuditView stage1 = programme.audits().getFirst();
        assertThat(stage1.status()).isEqualTo(PlannedAuditStatus.COMPLETED);
        assertThat(stage1.lastDayOnSite()).isEqualTo(STAGE_1_ENDED);
        assertThat(stage1.recommendation()).isEqualTo(Recommendation.CONTINUE);
        assertThat(stage1.notReadyReason()).isNull();
        PlannedAuditView stage2 = stage2Of(programme);
        assertThat(List.of(stage2.dueFrom(), stage2.dueBy()))
                .containsExactly(LocalDate.of(2027, 2, 27), LocalDate.of(2027, 8, 26));

        driver.book(programmeId, stage2.id(), STAGE_1_ENDED.toString(), member(lead, LEAD_AUDITOR))
                .statusCode(409).body("type", endsWith("/stage-1-not-completed"))
                .body("detail", containsString("stage 2 starts after it, on 2027-02-27 at the earliest"));
        // 1.5 days from 26 August end on the 27th, a day too late
        driver.book(programmeId, stage2.id(), "2027-08-26", member(lead, LEAD_AUDITOR))
                .statusCode(409).body("type", endsWith("/stage-1-too-long-ago"))
                .body("title", equalTo("Stage 1 too long ago"))
                .body("detail", containsString("within 6 months of it, by 2027-08-26"));
        assertThat(driver.eventsRecordedAbout(stage2.id())).isZero();

        driver.book(programmeId, stage2.id(), "2027-08-25", member(lead, LEAD_AUDITOR))
                .statusCode(200).body("status", equalTo("BOOKED")).body("endDate", equalTo("2027-08-26"));
        assertThat(driver.recorded(stage2.id(), AuditScheduledV1.class)).hasSize(1);
    }

    @Test
    void aStage1FindingTheClientNotReadyKeepsWhyAndIsRepeatedBeforeStage2() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));

        driver.completeStage1(programmeId, STAGE_1_ENDED, Recommendation.REFUSE);

        ProgrammeView programme = driver.programme(programmeId);
        List<PlannedAuditView> stage1s = programme.audits().stream()
                .filter(audit -> audit.type() == AuditType.STAGE_1).toList();
        assertThat(stage1s).hasSize(2);
        assertThat(stage1s.getFirst().recommendation()).isEqualTo(Recommendation.REFUSE);
        assertThat(stage1s.getFirst().notReadyReason()).isEqualTo("stage 1 recommended REFUSE");
        PlannedAuditView repetition = stage1s.get(1);
        assertThat(repetition.status()).isEqualTo(PlannedAuditStatus.PLANNED);
        assertThat(List.of(repetition.dueFrom(), repetition.dueBy()))
                .containsExactly(LocalDate.of(2027, 2, 27), LocalDate.of(2027, 5, 26));
        assertThat(repetition.days()).isEqualByComparingTo(TestEvents.STAGE_1_DAYS);
        UUID stage2 = stage2Of(programme).id();

        driver.book(programmeId, stage2, "2027-05-10", member(lead, LEAD_AUDITOR))
                .statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/client-not-ready-for-stage-2"))
                .body("title", equalTo("Client not ready for stage 2"))
                .body("detail", containsString("not ready for stage 2 (stage 1 recommended REFUSE)"));

        driver.completeStage1(programmeId, LocalDate.of(2027, 4, 30));
        driver.book(programmeId, stage2, "2027-05-10", member(lead, LEAD_AUDITOR))
                .statusCode(200).body("status", equalTo("BOOKED"));
    }

    private static PlannedAuditView stage2Of(ProgrammeView programme) {
        return programme.audits().stream().filter(audit -> audit.type() == AuditType.STAGE_2).findFirst()
                .orElseThrow();
    }
}
