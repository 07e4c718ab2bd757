package io.opencert.scheduling.events;

import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.scheduling.SurveillanceOverdueV1;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.opencert.events.model.AuditType.RECERTIFICATION;
import static io.opencert.events.model.AuditType.SURVEILLANCE;
import static io.opencert.scheduling.TestEvents.RECERTIFICATION_DAYS;
import static io.opencert.scheduling.TestEvents.SIGNED_ON;
import static io.opencert.scheduling.TestEvents.SURVEILLANCE_DAYS;
import static io.opencert.scheduling.programme.PlannedAuditStatus.PLANNED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "admin-planner", roles = {"cb-admin", "cb-staff"})
class TransferEventsTest {
    /** Decided by the other body on 1 April 2026: the first surveillance is due from 1 January to 1 April 2027. */
    private static final LocalDate EXPIRY = LocalDate.of(2029, 3, 31);

    @Inject
    SchedulingDriver driver;

    @Inject
    AdjustableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aTransferContractPlansTheRestOfTheTransferredCycleWithoutStage1Or2() {
        ContractSignedV1 contract = TestEvents.transferContract(UUID.randomUUID(), EXPIRY);

        UUID programmeId = driver.signContract(contract);

        ProgrammeView programme = driver.programme(programmeId);
        assertThat(programme.cycle()).isEqualTo(1);
        assertThat(programme.certificateId()).isNull();
        assertThat(programme.transferredFrom()).isEqualTo(
                new ProgrammeView.Transfer(TestEvents.TRANSFERRED_NUMBER, TestEvents.TRANSFERRED_FROM));
        // the first surveillance's window is open at the transfer (15 January 2027): it opens on that day
        assertThat(programme.audits())
                .extracting(PlannedAuditView::type, PlannedAuditView::dueFrom, PlannedAuditView::dueBy,
                        PlannedAuditView::days, PlannedAuditView::status)
                .containsExactly(
                        tuple(SURVEILLANCE, SIGNED_ON, LocalDate.of(2027, 4, 1), SURVEILLANCE_DAYS, PLANNED),
                        tuple(SURVEILLANCE, LocalDate.of(2028, 1, 1), LocalDate.of(2028, 4, 1), SURVEILLANCE_DAYS,
                                PLANNED),
                        tuple(RECERTIFICATION, LocalDate.of(2028, 9, 30), LocalDate.of(2028, 12, 31),
                                RECERTIFICATION_DAYS, PLANNED));
    }

    @Test
    void aTransferContractAfterTheFirstSurveillanceWindowLeavesItToThePreviousBody() {
        ContractSignedV1 contract = TestEvents.transferContract(UUID.randomUUID(), LocalDate.of(2028, 9, 30));

        UUID programmeId = driver.signContract(contract);

        assertThat(driver.programme(programmeId).audits())
                .extracting(PlannedAuditView::type, PlannedAuditView::dueFrom, PlannedAuditView::dueBy)
                .containsExactly(tuple(SURVEILLANCE, LocalDate.of(2027, 7, 1), LocalDate.of(2027, 10, 1)),
                        tuple(RECERTIFICATION, LocalDate.of(2028, 3, 30), LocalDate.of(2028, 6, 30)));
    }

    @Test
    void aTransferQuotedAfterTheLastSurveillanceWindowPlansTheRecertificationOnly() {
        ContractSignedV1 quotedWithout = TestEvents.transferContract(UUID.randomUUID(), LocalDate.of(2027, 6, 30));
        ContractSignedV1 contract = new ContractSignedV1(quotedWithout.contractId(), quotedWithout.clientId(),
                quotedWithout.clientName(), quotedWithout.quotationId(), quotedWithout.standards(), quotedWithout.scope(),
                quotedWithout.sites(), quotedWithout.auditDays().stream()
                        .filter(days -> days.type() == RECERTIFICATION).toList(),
                quotedWithout.excludedAuditors(), quotedWithout.signedAt(), quotedWithout.transfer(), null);

        UUID programmeId = driver.signContract(contract);

        assertThat(driver.programme(programmeId).audits())
                .extracting(PlannedAuditView::type, PlannedAuditView::days)
                .containsExactly(tuple(RECERTIFICATION, RECERTIFICATION_DAYS));
    }

    @Test
    void theTransferredCertificateIsLinkedToTheTransferProgrammeWithoutPlanningTheCycleAgain() {
        ContractSignedV1 contract = TestEvents.transferContract(UUID.randomUUID(), EXPIRY);
        UUID programmeId = driver.signContract(contract);
        CertificateIssuedV1 certificate = TestEvents.transferredCertificateIssued(contract.clientId(),
                LocalDate.of(2027, 2, 1), EXPIRY);

        driver.deliver("certificate-events", certificate, UUID.randomUUID());

        ProgrammeView programme = driver.programme(programmeId);
        assertThat(programme.certificateId()).isEqualTo(certificate.certificateId());
        assertThat(programme.audits()).extracting(PlannedAuditView::type)
                .containsExactly(SURVEILLANCE, SURVEILLANCE, RECERTIFICATION);
        assertThat(programme.version()).isEqualTo(1);

        // the date watch reports the missed surveillance against the transferred certificate
        UUID first = programme.audits().getFirst().id();
        clock.setTo(LocalDate.of(2027, 4, 2).atTime(6, 0).toInstant(ZoneOffset.UTC));
        given().post("/api/v1/admin/jobs/date-watch").then().statusCode(200);
        assertThat(driver.recorded(first, SurveillanceOverdueV1.class)).singleElement()
                .satisfies(overdue -> {
                    assertThat(overdue.programmeId()).isEqualTo(programmeId);
                    assertThat(overdue.certificateId()).isEqualTo(certificate.certificateId());
                    assertThat(overdue.dueBy()).isEqualTo(LocalDate.of(2027, 4, 1));
                });
    }
}
