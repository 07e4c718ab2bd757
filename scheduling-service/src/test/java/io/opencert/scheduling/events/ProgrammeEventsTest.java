package io.opencert.scheduling.events;

import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.Standard;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.PlannedAuditStatus;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.ProgrammeView;
import io.opencert.scheduling.rules.CycleStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.opencert.events.model.AuditType.RECERTIFICATION;
import static io.opencert.events.model.AuditType.STAGE_1;
import static io.opencert.events.model.AuditType.STAGE_2;
import static io.opencert.events.model.AuditType.SURVEILLANCE;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static io.opencert.scheduling.TestEvents.RECERTIFICATION_DAYS;
import static io.opencert.scheduling.TestEvents.SIGNED_ON;
import static io.opencert.scheduling.TestEvents.STAGE_1_DAYS;
import static io.opencert.scheduling.TestEvents.STAGE_2_DAYS;
import static io.opencert.scheduling.TestEvents.SURVEILLANCE_DAYS;
import static io.opencert.scheduling.programme.PlannedAuditStatus.PLANNED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class ProgrammeEventsTest {

    @Inject
    SchedulingDriver driver;

    @Test
    void aSignedContractOpensAProgrammeWithStage1AndStage2Due() {
        ContractSignedV1 contract = TestEvents.contractSigned(UUID.randomUUID(), "consultant-1");

        UUID programmeId = driver.signContract(contract);

        ProgrammeView programme = driver.programme(programmeId);
        assertThat(programme).usingRecursiveComparison().ignoringFields("createdAt", "audits")
                .isEqualTo(new ProgrammeView(programmeId, contract.clientId(), contract.clientName(),
                        contract.contractId(), 1, List.of(Standard.ISO_IEC_20000_1_2018), TestEvents.SCOPE,
                        List.of(), TestEvents.SITES, List.of("consultant-1"), null, null, CycleStatus.AWAITING_CERTIFICATE,
                        null, 0, null));
        assertThat(programme.audits())
                .extracting(PlannedAuditView::type, PlannedAuditView::dueFrom, PlannedAuditView::dueBy,
                        PlannedAuditView::days, PlannedAuditView::status, PlannedAuditView::startDate,
                        PlannedAuditView::team)
                .containsExactly(
                        tuple(STAGE_1, SIGNED_ON, LocalDate.of(2027, 4, 15), STAGE_1_DAYS, PLANNED, null, List.of()),
                        tuple(STAGE_2, SIGNED_ON, LocalDate.of(2027, 7, 15), STAGE_2_DAYS, PLANNED, null, List.of()));
        assertThat(programme.audits()).extracting(PlannedAuditView::id).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void aRedeliveredContractOpensOnlyOneProgramme() {
        ContractSignedV1 contract = TestEvents.contractSigned(UUID.randomUUID());
        UUID eventId = UUID.randomUUID();

        driver.deliver("client-events", contract, eventId);
        // acknowledged, not dead-lettered: the inbox recognises the event before the contract's unique programme is hit
        driver.deliver("client-events", contract, eventId);

        given().queryParam("clientId", contract.clientId()).get("/api/v1/programmes")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].contractId", equalTo(contract.contractId().toString()));
    }

    @Test
    void anIssuedCertificatePlansTwoSurveillancesAndTheRecertification() {
        ContractSignedV1 contract = TestEvents.contractSigned(UUID.randomUUID());
        UUID programmeId = driver.signContract(contract);
        UUID stage2 = driver.programme(programmeId).audits().get(1).id();
        CertificateIssuedV1 certificate = TestEvents.certificateIssued(programmeId, contract.clientId(), stage2,
                LocalDate.of(2028, 2, 29));

        driver.deliver("certificate-events", certificate, UUID.randomUUID());

        ProgrammeView programme = driver.programme(programmeId);
        assertThat(programme.certificateId()).isEqualTo(certificate.certificateId());
        assertThat(certificate.expiryDate()).isEqualTo(LocalDate.of(2031, 2, 27));
        // 2029 needs a surveillance: the first one keeps to it, from 1 January
        assertThat(programme.audits())
                .extracting(PlannedAuditView::type, PlannedAuditView::dueFrom, PlannedAuditView::dueBy,
                        PlannedAuditView::days, PlannedAuditView::status)
                .containsExactly(
                        tuple(STAGE_1, SIGNED_ON, LocalDate.of(2027, 4, 15), STAGE_1_DAYS, PLANNED),
                        tuple(STAGE_2, SIGNED_ON, LocalDate.of(2027, 7, 15), STAGE_2_DAYS, PLANNED),
                        tuple(SURVEILLANCE, LocalDate.of(2029, 1, 1), LocalDate.of(2029, 2, 28), SURVEILLANCE_DAYS, PLANNED),
                        tuple(SURVEILLANCE, LocalDate.of(2029, 11, 29), LocalDate.of(2030, 2, 28), SURVEILLANCE_DAYS, PLANNED),
                        tuple(RECERTIFICATION, LocalDate.of(2030, 8, 27), LocalDate.of(2030, 11, 27), RECERTIFICATION_DAYS,
                                PLANNED));
    }

    @Test
    void aCompletedAuditIsMarkedCompleted() {
        String lead = driver.registerAuditor(true, Standard.ISO_IEC_20000_1_2018);
        ContractSignedV1 contract = TestEvents.contractSigned(UUID.randomUUID());
        UUID programmeId = driver.signContract(contract);
        UUID stage1 = driver.programme(programmeId).audits().get(0).id();
        driver.book(programmeId, stage1, "2027-02-01", member(lead, LEAD_AUDITOR)).statusCode(200);

        driver.deliver("audit-events", TestEvents.auditCompleted(stage1, programmeId, contract.clientId(),
                LocalDate.of(2027, 2, 1)), UUID.randomUUID());

        ProgrammeView programme = driver.programme(programmeId);
        assertThat(programme.audits().get(0).status()).isEqualTo(PlannedAuditStatus.COMPLETED);
        assertThat(programme.audits().get(0).startDate()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(programme.audits().get(0).team()).extracting(member -> member.username()).containsExactly(lead);
        assertThat(programme.audits().get(1).status()).isEqualTo(PLANNED);
        assertThat(programme.version()).isEqualTo(2);
    }
}
