package io.opencert.scheduling.events;

import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.SchedulingDriver.Certified;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.ProgrammeView;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.opencert.events.model.AuditType.CLOUD_EXTENSION;
import static io.opencert.events.model.AuditType.RECERTIFICATION;
import static io.opencert.events.model.AuditType.SURVEILLANCE;
import static io.opencert.events.model.CloudExtension.OWN_AUDIT;
import static io.opencert.events.model.CloudExtension.WITH_SURVEILLANCE;
import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.Standard.ISO_IEC_TR_20000_9_2015;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static io.opencert.scheduling.TestEvents.CLOUD_DAYS;
import static io.opencert.scheduling.TestEvents.SURVEILLANCE_DAYS;
import static io.opencert.scheduling.programme.PlannedAuditStatus.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class CloudExtensionEventsTest {
    /** First surveillance due 1 December 2028 to 1 March 2029, recertification from 28 August 2030. */
    private static final LocalDate DECISION = LocalDate.of(2028, 3, 1);
    private static final LocalDate SIGNED = LocalDate.of(2028, 6, 1);
    private static final List<?> BOTH = List.of(ISO_IEC_20000_1_2018, ISO_IEC_TR_20000_9_2015);

    @Inject
    SchedulingDriver driver;

    @Test
    void aCloudAuditOfItsOwnNeedsACloudQualifiedTeamAndIsAnnouncedWithTheCloudStandard() {
        String notCloud = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        String cloud = driver.registerAuditor(true, ISO_IEC_20000_1_2018, ISO_IEC_TR_20000_9_2015);
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);

        driver.deliver("client-events", TestEvents.cloudExtensionContract(certified.contract().clientId(), OWN_AUDIT,
                SIGNED), UUID.randomUUID());

        ProgrammeView programme = driver.programme(certified.programmeId());
        assertThat(programme.standards()).containsExactly(ISO_IEC_20000_1_2018);
        PlannedAuditView cloudAudit = programme.audits().stream().filter(audit -> audit.type() == CLOUD_EXTENSION)
                .findFirst().orElseThrow();
        assertThat(cloudAudit).extracting(PlannedAuditView::standards, PlannedAuditView::dueFrom,
                        PlannedAuditView::dueBy, PlannedAuditView::days, PlannedAuditView::status)
                .containsExactly(BOTH, SIGNED, LocalDate.of(2028, 12, 1), CLOUD_DAYS, PLANNED);

        driver.book(certified.programmeId(), cloudAudit.id(), "2028-07-03", member(notCloud, LEAD_AUDITOR))
                .statusCode(409)
                .body("type", endsWith("/auditor-not-qualified"))
                .body("detail", containsString(ISO_IEC_TR_20000_9_2015.title()));
        driver.book(certified.programmeId(), cloudAudit.id(), "2028-07-03", member(cloud, LEAD_AUDITOR))
                .statusCode(200);

        assertThat(driver.recorded(cloudAudit.id(), AuditScheduledV1.class)).singleElement()
                .satisfies(scheduled -> {
                    assertThat(scheduled.type()).isEqualTo(CLOUD_EXTENSION);
                    assertThat(scheduled.standards()).containsExactly(ISO_IEC_20000_1_2018, ISO_IEC_TR_20000_9_2015);
                });
    }

    @Test
    void aCloudAuditWithSurveillanceJoinsTheNextUnbookedSurveillance() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018, ISO_IEC_TR_20000_9_2015);
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);

        driver.deliver("client-events", TestEvents.cloudExtensionContract(certified.contract().clientId(),
                WITH_SURVEILLANCE, SIGNED), UUID.randomUUID());

        List<PlannedAuditView> audits = driver.programme(certified.programmeId()).audits();
        assertThat(audits).hasSize(5);
        assertThat(audits.subList(2, 5))
                .extracting(PlannedAuditView::type, PlannedAuditView::standards, PlannedAuditView::days)
                .containsExactly(tuple(SURVEILLANCE, BOTH, SURVEILLANCE_DAYS.add(CLOUD_DAYS)),
                        tuple(SURVEILLANCE, List.of(ISO_IEC_20000_1_2018), SURVEILLANCE_DAYS),
                        tuple(RECERTIFICATION, List.of(ISO_IEC_20000_1_2018), TestEvents.RECERTIFICATION_DAYS));

        UUID combined = audits.get(2).id();
        driver.book(certified.programmeId(), combined, "2029-01-15", member(lead, LEAD_AUDITOR)).statusCode(200);
        assertThat(driver.recorded(combined, AuditScheduledV1.class)).singleElement().satisfies(scheduled -> {
            assertThat(scheduled.standards()).containsExactly(ISO_IEC_20000_1_2018, ISO_IEC_TR_20000_9_2015);
            assertThat(scheduled.days()).isEqualByComparingTo(new BigDecimal("1.5"));
        });
    }

    @Test
    void aCloudAuditWithSurveillanceIsPlannedOnItsOwnWhenEverySurveillanceIsBooked() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        List<PlannedAuditView> before = driver.programme(certified.programmeId()).audits();
        driver.book(certified.programmeId(), before.get(2).id(), "2029-01-15", member(lead, LEAD_AUDITOR))
                .statusCode(200);
        driver.book(certified.programmeId(), before.get(3).id(), "2030-01-14", member(lead, LEAD_AUDITOR))
                .statusCode(200);

        driver.deliver("client-events", TestEvents.cloudExtensionContract(certified.contract().clientId(),
                WITH_SURVEILLANCE, SIGNED), UUID.randomUUID());

        List<PlannedAuditView> audits = driver.programme(certified.programmeId()).audits();
        assertThat(audits).extracting(PlannedAuditView::type, PlannedAuditView::standards)
                .containsOnlyOnce(tuple(CLOUD_EXTENSION, BOTH))
                .filteredOn(audit -> audit.toList().getFirst() == SURVEILLANCE)
                .containsOnly(tuple(SURVEILLANCE, List.of(ISO_IEC_20000_1_2018)));
    }

    @Test
    void aCloudExtensionForAClientWithoutACertifiedProgrammeIsRefused() {
        ContractSignedV1 first = TestEvents.contractSigned(UUID.randomUUID());
        UUID programmeId = driver.signContract(first);
        ContractSignedV1 cloud = TestEvents.cloudExtensionContract(first.clientId(), OWN_AUDIT, SIGNED);

        assertThatThrownBy(() -> driver.deliver("client-events", cloud, UUID.randomUUID()))
                .rootCause().hasMessageContaining("has no certified audit programme");

        assertThat(driver.programme(programmeId).audits()).hasSize(2);
        assertThat(driver.programmesOfContract(cloud.contractId())).isEmpty();
    }

    @Test
    void aCloudCertificatePlansNoNewCycleAndTheLaterAuditsIncludeTheCloud() {
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        driver.deliver("client-events", TestEvents.cloudExtensionContract(certified.contract().clientId(),
                WITH_SURVEILLANCE, SIGNED), UUID.randomUUID());
        UUID combined = driver.programme(certified.programmeId()).audits().get(2).id();
        driver.deliver("audit-events", TestEvents.auditCompleted(combined, certified.programmeId(),
                certified.contract().clientId(), LocalDate.of(2029, 1, 16)), UUID.randomUUID());
        CertificateIssuedV1 cloudCertificate = TestEvents.cloudCertificateIssued(certified.certificate(),
                certified.programmeId(), combined, LocalDate.of(2029, 2, 20));

        driver.deliver("certificate-events", cloudCertificate, UUID.randomUUID());

        ProgrammeView programme = driver.programme(certified.programmeId());
        assertThat(programme.certificateId()).isEqualTo(certified.certificate().certificateId());
        assertThat(programme.standards()).isEqualTo(BOTH);
        assertThat(programme.audits())
                .extracting(PlannedAuditView::type, PlannedAuditView::standards)
                .containsExactly(tuple(programme.audits().get(0).type(), List.of(ISO_IEC_20000_1_2018)),
                        tuple(programme.audits().get(1).type(), List.of(ISO_IEC_20000_1_2018)),
                        tuple(SURVEILLANCE, BOTH), tuple(SURVEILLANCE, BOTH), tuple(RECERTIFICATION, BOTH));
        assertThat(driver.programmesOfContract(certified.contract().contractId())).hasSize(1);
    }
}
