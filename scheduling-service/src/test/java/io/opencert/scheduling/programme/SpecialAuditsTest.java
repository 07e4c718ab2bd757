package io.opencert.scheduling.programme;

import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.audit.Stage2RepetitionRequiredV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.OverdueNonconformity;
import io.opencert.events.model.Recommendation;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.SchedulingDriver.Certified;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.ProgrammeView;
import io.opencert.scheduling.rules.SpecialAuditKind;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static io.opencert.scheduling.rules.SpecialAuditKind.EXTRA_SURVEILLANCE;
import static io.opencert.scheduling.rules.SpecialAuditKind.PRE_ASSESSMENT;
import static io.opencert.scheduling.rules.SpecialAuditKind.REPEATED_STAGE_1;
import static io.opencert.scheduling.rules.SpecialAuditKind.REPEATED_STAGE_2;
import static io.opencert.scheduling.rules.SpecialAuditKind.SHORT_NOTICE;
import static io.opencert.scheduling.rules.SpecialAuditKind.SYSTEM_AND_RISK_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class SpecialAuditsTest {
    /** Recertification due by 28 November 2030. */
    private static final LocalDate DECISION = LocalDate.of(2028, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2028, 6, 1);
    private static final LocalDate DUE_BY = LocalDate.of(2028, 7, 1);

    @Inject
    SchedulingDriver driver;

    @Inject
    AdjustableClock clock;

    @BeforeEach
    void today() {
        today(TODAY);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aShortNoticeAuditOfACertifiedClientIsASpecialAuditBookedAndAnnouncedLikeAnyOther() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);

        PlannedAuditView planned = driver.requestSpecialAudit(certified.programmeId(),
                        request(SHORT_NOTICE, "complaint C-17 about the service desk"))
                .statusCode(201).extract().as(PlannedAuditView.class);

        assertThat(planned.type()).isEqualTo(AuditType.SPECIAL);
        assertThat(planned.specialKind()).isEqualTo(SHORT_NOTICE);
        assertThat(planned.specialReason()).isEqualTo("complaint C-17 about the service desk");
        assertThat(List.of(planned.dueFrom(), planned.dueBy())).containsExactly(TODAY, DUE_BY);
        assertThat(planned.days()).isEqualByComparingTo("1.0");
        assertThat(driver.programme(certified.programmeId()).audits()).contains(planned);

        driver.book(certified.programmeId(), planned.id(), "2028-06-05", member(lead, LEAD_AUDITOR))
                .statusCode(200).body("status", equalTo("BOOKED"));
        assertThat(driver.recorded(planned.id(), AuditScheduledV1.class)).singleElement()
                .satisfies(scheduled -> assertThat(scheduled.type()).isEqualTo(AuditType.SPECIAL));
    }

    @Test
    void aSuspendedClientIsFollowedUpAtShortNoticeButGetsNoExtraSurveillance() {
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        driver.deliver("certificate-events", TestEvents.certificateSuspended(certified.certificate(), TODAY,
                "UNRESOLVED_MAJOR_NONCONFORMITY"), UUID.randomUUID());

        driver.requestSpecialAudit(certified.programmeId(), request(EXTRA_SURVEILLANCE, "after the suspension"))
                .statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/certificate-suspended"));
        driver.requestSpecialAudit(certified.programmeId(), request(SHORT_NOTICE, "follow-up of the suspension"))
                .statusCode(201).body("type", equalTo("SPECIAL"));
    }

    @Test
    void anExtraSurveillanceReplacesNoYearlyOne() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        List<UUID> yearly = surveillances(driver.programme(certified.programmeId()));

        UUID extra = driver.requestSpecialAudit(certified.programmeId(),
                        request(EXTRA_SURVEILLANCE, "two minor nonconformities in change management"))
                .statusCode(201).body("type", equalTo("SURVEILLANCE"))
                .body("specialKind", equalTo("EXTRA_SURVEILLANCE")).extract().jsonPath().getUUID("id");
        driver.book(certified.programmeId(), extra, "2028-06-12", member(lead, LEAD_AUDITOR)).statusCode(200);

        ProgrammeView programme = driver.programme(certified.programmeId());
        assertThat(surveillances(programme)).hasSize(3).containsAll(yearly);
        assertThat(programme.audits()).filteredOn(audit -> yearly.contains(audit.id()))
                .allSatisfy(audit -> assertThat(audit.status()).isEqualTo(PlannedAuditStatus.PLANNED));
        // the yearly surveillance of the first year still has to be booked inside its window
        PlannedAuditView first = programme.audits().stream().filter(audit -> audit.id().equals(yearly.getFirst()))
                .findFirst().orElseThrow();
        driver.book(certified.programmeId(), first.id(), first.dueBy().plusMonths(2).toString(),
                        member(lead, LEAD_AUDITOR))
                .statusCode(409).body("type", endsWith("/outside-due-window"));
    }

    @Test
    void afterStage1TooLongAgoStaffPlanStage1AgainAndStage2FollowsTheRepetition() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        driver.completeStage1(programmeId, LocalDate.of(2027, 2, 26));
        today(LocalDate.of(2027, 9, 1));
        UUID stage2 = only(driver.programme(programmeId), AuditType.STAGE_2).id();
        driver.book(programmeId, stage2, "2027-09-06", member(lead, LEAD_AUDITOR))
                .statusCode(409).body("type", endsWith("/stage-1-too-long-ago"))
                .body("detail", containsString("REPEATED_STAGE_1"));

        UUID repetition = driver.requestSpecialAudit(programmeId, Map.of("kind", REPEATED_STAGE_1.name(),
                        "days", "1.0", "reason", "stage 2 could not follow within 6 months", "dueBy", "2027-10-31"))
                .statusCode(201).body("type", equalTo("STAGE_1")).extract().jsonPath().getUUID("id");
        driver.requestSpecialAudit(programmeId, Map.of("kind", REPEATED_STAGE_1.name(), "days", "1.0",
                        "reason", "twice", "dueBy", "2027-10-31"))
                .statusCode(409).body("type", endsWith("/stage-1-still-due"));
        driver.book(programmeId, repetition, "2027-09-06", member(lead, LEAD_AUDITOR)).statusCode(200);
        assertThat(driver.recorded(repetition, AuditScheduledV1.class)).singleElement()
                .satisfies(scheduled -> assertThat(scheduled.type()).isEqualTo(AuditType.STAGE_1));

        driver.completeStage1(programmeId, LocalDate.of(2027, 9, 6));

        PlannedAuditView due = only(driver.programme(programmeId), AuditType.STAGE_2);
        assertThat(List.of(due.dueFrom(), due.dueBy()))
                .containsExactly(LocalDate.of(2027, 9, 7), LocalDate.of(2028, 3, 6));
        driver.book(programmeId, stage2, "2027-09-20", member(lead, LEAD_AUDITOR))
                .statusCode(200).body("status", equalTo("BOOKED"));
    }

    @Test
    void aRepeatedStage2FollowsAHeldStage2WithoutANewStage1() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID clientId = UUID.randomUUID();
        UUID programmeId = driver.signContract(TestEvents.contractSigned(clientId));
        driver.requestSpecialAudit(programmeId, request(REPEATED_STAGE_2, "too early"))
                .statusCode(409).body("type", endsWith("/stage-2-not-held"));
        driver.completeStage1(programmeId, LocalDate.of(2027, 2, 26));
        UUID stage2 = only(driver.programme(programmeId), AuditType.STAGE_2).id();
        driver.deliver("audit-events", TestEvents.auditCompleted(stage2, programmeId, clientId,
                LocalDate.of(2027, 5, 12), AuditType.STAGE_2, Recommendation.CERTIFY_AFTER_NONCONFORMITY_CLOSURE, 1),
                UUID.randomUUID());
        driver.requestSpecialAudit(programmeId, request(REPEATED_STAGE_1, "too late"))
                .statusCode(409).body("type", endsWith("/stage-2-already-held"));

        UUID repeated = driver.requestSpecialAudit(programmeId,
                        request(REPEATED_STAGE_2, "major nonconformity not verified within 6 months"))
                .statusCode(201).body("type", equalTo("STAGE_2")).extract().jsonPath().getUUID("id");
        driver.requestSpecialAudit(programmeId, request(REPEATED_STAGE_2, "twice"))
                .statusCode(409).body("type", endsWith("/stage-2-still-due"));

        // stage 1 ended more than 6 months before: a first stage 2 would be refused, its repetition is not
        driver.book(programmeId, repeated, "2028-06-12", member(lead, LEAD_AUDITOR))
                .statusCode(200).body("status", equalTo("BOOKED"));
        assertThat(driver.recorded(repeated, AuditScheduledV1.class)).singleElement()
                .satisfies(scheduled -> assertThat(scheduled.type()).isEqualTo(AuditType.STAGE_2));
    }

    @Test
    void aStage2MajorNotVerifiedWithin6MonthsPlansStage2AgainOnce() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID clientId = UUID.randomUUID();
        UUID programmeId = driver.signContract(TestEvents.contractSigned(clientId));
        driver.completeStage1(programmeId, LocalDate.of(2027, 2, 26));
        UUID stage2 = only(driver.programme(programmeId), AuditType.STAGE_2).id();
        LocalDate lastDay = LocalDate.of(2027, 5, 12);
        driver.deliver("audit-events", TestEvents.auditCompleted(stage2, programmeId, clientId, lastDay,
                AuditType.STAGE_2, Recommendation.CERTIFY_AFTER_NONCONFORMITY_CLOSURE, 1), UUID.randomUUID());
        Stage2RepetitionRequiredV1 required = new Stage2RepetitionRequiredV1(stage2, programmeId, clientId,
                "Client " + clientId, List.of(ISO_IEC_20000_1_2018), List.of(new OverdueNonconformity(UUID.randomUUID(),
                "8.5.1", "Emergency changes are not reviewed.", "ACCEPTED")), lastDay, lastDay.plusMonths(6),
                TODAY.atTime(1, 15).toInstant(ZoneOffset.UTC));
        UUID eventId = UUID.randomUUID();

        driver.deliver("audit-events", required, eventId);
        driver.deliver("audit-events", required, eventId);
        driver.deliver("audit-events", required, UUID.randomUUID());

        ProgrammeView programme = driver.programme(programmeId);
        List<PlannedAuditView> repeated = programme.audits().stream()
                .filter(audit -> audit.specialKind() == REPEATED_STAGE_2).toList();
        assertThat(repeated).singleElement().satisfies(audit -> {
            assertThat(audit.type()).isEqualTo(AuditType.STAGE_2);
            assertThat(audit.status()).isEqualTo(PlannedAuditStatus.PLANNED);
            assertThat(List.of(audit.dueFrom(), audit.dueBy())).containsExactly(TODAY, TODAY.plusMonths(3));
            assertThat(audit.days()).isEqualByComparingTo(TestEvents.STAGE_2_DAYS);
            assertThat(audit.specialReason()).contains("8.5.1 (ACCEPTED)", "not verified by 2027-11-12");
        });
        driver.book(programmeId, repeated.getFirst().id(), "2028-06-12", member(lead, LEAD_AUDITOR))
                .statusCode(200).body("status", equalTo("BOOKED"));
    }

    @Test
    void reviewsBeforeStage1AreBookedOnceAndNeverAfterIt() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        driver.requestSpecialAudit(programmeId, request(REPEATED_STAGE_1, "nothing to repeat"))
                .statusCode(409).body("type", endsWith("/stage-1-not-completed"));
        driver.requestSpecialAudit(programmeId, request(SHORT_NOTICE, "no certificate yet"))
                .statusCode(409).body("type", endsWith("/programme-not-certified"));

        UUID review = driver.requestSpecialAudit(programmeId, request(PRE_ASSESSMENT, "client asked for a stage review"))
                .statusCode(201).body("type", equalTo("PRE_ASSESSMENT")).extract().jsonPath().getUUID("id");
        driver.requestSpecialAudit(programmeId, request(PRE_ASSESSMENT, "and another one"))
                .statusCode(409).body("type", endsWith("/pre-assessment-already-planned"));
        driver.book(programmeId, review, "2028-06-05", member(lead, LEAD_AUDITOR)).statusCode(200);
        assertThat(driver.recorded(review, AuditScheduledV1.class)).singleElement()
                .satisfies(scheduled -> assertThat(scheduled.type()).isEqualTo(AuditType.PRE_ASSESSMENT));

        driver.completeStage1(programmeId, LocalDate.of(2028, 6, 20));
        driver.requestSpecialAudit(programmeId, request(SYSTEM_AND_RISK_REVIEW, "after stage 1"))
                .statusCode(409).body("type", endsWith("/stage-1-already-completed"));
        // the pre-assessment never counts as stage 1: the completed one is the contract's stage 1
        assertThat(only(driver.programme(programmeId), AuditType.PRE_ASSESSMENT).status())
                .isEqualTo(PlannedAuditStatus.BOOKED);
    }

    @Test
    void specialAuditsOfEndedOrCertifiedCyclesAreRefusedByName() {
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        driver.requestSpecialAudit(certified.programmeId(), request(PRE_ASSESSMENT, "too late"))
                .statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/not-an-initial-certification"));
        driver.requestSpecialAudit(certified.programmeId(), Map.of("kind", SHORT_NOTICE.name(), "days", "1.0",
                        "reason", "complaint", "dueBy", "2030-12-01"))
                .statusCode(409).body("type", endsWith("/special-audit-due-after-recertification"));

        driver.deliver("certificate-events", TestEvents.certificateWithdrawn(certified.certificate(), TODAY),
                UUID.randomUUID());
        driver.requestSpecialAudit(certified.programmeId(), request(SHORT_NOTICE, "complaint"))
                .statusCode(409).body("type", endsWith("/programme-ended"));
        assertThat(driver.programme(certified.programmeId()).audits())
                .noneMatch(audit -> audit.specialKind() != null);
    }

    @Test
    void badInputIsRefusedWithoutPlanning() {
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        driver.requestSpecialAudit(certified.programmeId(), Map.of("kind", SHORT_NOTICE.name(), "days", "1.2",
                "reason", "complaint", "dueBy", DUE_BY.toString())).statusCode(400);
        driver.requestSpecialAudit(certified.programmeId(), Map.of("kind", SHORT_NOTICE.name(), "days", "1.0",
                "reason", " ", "dueBy", DUE_BY.toString())).statusCode(400);
        driver.requestSpecialAudit(certified.programmeId(), Map.of("kind", SHORT_NOTICE.name(), "days", "1.0",
                "reason", "complaint", "dueBy", TODAY.minusDays(1).toString())).statusCode(400);
        assertThat(driver.programme(certified.programmeId()).audits())
                .noneMatch(audit -> audit.specialKind() != null);
    }

    private void today(LocalDate day) {
        clock.setTo(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    private static Map<String, String> request(SpecialAuditKind kind, String reason) {
        return Map.of("kind", kind.name(), "days", "1.0", "reason", reason, "dueBy", DUE_BY.toString());
    }

    private static List<UUID> surveillances(ProgrammeView programme) {
        return programme.audits().stream().filter(audit -> audit.type() == AuditType.SURVEILLANCE)
                .map(PlannedAuditView::id).toList();
    }

    private static PlannedAuditView only(ProgrammeView programme, AuditType type) {
        return programme.audits().stream().filter(audit -> audit.type() == type && audit.status() != PlannedAuditStatus.COMPLETED)
                .findFirst().orElseThrow();
    }
}
