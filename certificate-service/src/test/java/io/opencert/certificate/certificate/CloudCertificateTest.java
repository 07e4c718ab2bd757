package io.opencert.certificate.certificate;

import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.Certification;
import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.decision.DecisionService;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.certificate.CertificateExpiredV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A cloud service certificate (ISO/IEC TR 20000-9) rests on the holder's ISO/IEC 20000-1 certificate and falls with it. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class CloudCertificateTest extends CertificationTestBase {
    private static final LocalDate DECISION = LocalDate.of(2026, 6, 1);
    private static final List<Standard> CLOUD_AND_BASE = List.of(Standard.ISO_IEC_20000_1_2018, Standard.ISO_IEC_TR_20000_9_2015);

    @Inject
    DecisionService decisions;

    @Test
    void noCloudCertificateWithoutAValidBaseCertificate() {
        clock.setTo(DECISION.atTime(12, 0).toInstant(ZoneOffset.UTC));
        DecisionView decision = certification.open(cloudExtension(UUID.randomUUID()));

        assertThatThrownBy(() -> Certification.onVertx(() -> decisions.grant(decision.id(), "decider", "cloud scope fine", Map.of())))
                .rootCause().isInstanceOfSatisfying(RuleViolation.class, violation ->
                        assertThat(violation.toProblem(null).type().toString()).endsWith("/cloud-needs-valid-base-certificate"));
        assertThat(certification.decisionOn(decision.auditId()).status().name()).isEqualTo("OPEN");
    }

    @Test
    void theCloudCertificateNeverOutlastsItsBaseAndIsSuspendedAndWithdrawnWithIt() {
        CertificateView base = certification.certifiedOn(DECISION);
        LocalDate cloudDecision = DECISION.plusMonths(8);
        clock.setTo(cloudDecision.atTime(12, 0).toInstant(ZoneOffset.UTC));
        CertificateView cloud = certification.grant(cloudExtension(base.clientId())).certificate();
        assertThat(cloud.standard()).isEqualTo(Standard.ISO_IEC_TR_20000_9_2015);
        assertThat(cloud.issueDate()).isEqualTo(cloudDecision);
        assertThat(cloud.expiryDate()).isEqualTo(base.expiryDate());

        LocalDate suspendedOn = cloudDecision.plusMonths(1);
        clock.setTo(suspendedOn.atTime(12, 0).toInstant(ZoneOffset.UTC));
        certification.suspend(base.id(), SuspensionReason.MISSED_SURVEILLANCE, "overdue");
        assertThat(status(cloud)).isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(CloudEvents.published(connector, CertificateSuspendedV1.class,
                event -> event.certificateId().equals(cloud.id())).data())
                .isEqualTo(new CertificateSuspendedV1(cloud.id(), cloud.number(), cloud.clientId(), "MISSED_SURVEILLANCE",
                        suspendedOn, suspendedOn.plusMonths(6), certification.decisionsOf(base.clientId()).stream()
                        .filter(decision -> decision.kind() == DecisionKind.SUSPENSION).findFirst().orElseThrow().id()));

        assertThatThrownBy(() -> certification.reinstate(cloud.id(), "cloud fine"))
                .rootCause().isInstanceOf(RuleViolation.class).hasMessageContaining("ISO/IEC 20000-1");
        certification.reinstate(base.id(), "surveillance held");
        assertThat(status(cloud)).as("reinstating the base does not reinstate the cloud certificate")
                .isEqualTo(CertificateStatus.SUSPENDED);
        certification.reinstate(cloud.id(), "base valid again");
        assertThat(status(cloud)).isEqualTo(CertificateStatus.ACTIVE);

        certification.withdraw(base.id(), "client ended the contract");
        assertThat(status(cloud)).isEqualTo(CertificateStatus.WITHDRAWN);
        assertThat(CloudEvents.published(connector, CertificateWithdrawnV1.class,
                event -> event.certificateId().equals(cloud.id())).data().reason())
                .contains("ISO/IEC 20000-1 certificate " + base.number() + " withdrawn");
    }

    @Test
    void theCloudCertificateExpiresWithItsBase() {
        CertificateView base = certification.certifiedOn(DECISION);
        clock.setTo(DECISION.plusMonths(20).atTime(12, 0).toInstant(ZoneOffset.UTC));
        CertificateView cloud = certification.grant(cloudExtension(base.clientId())).certificate();

        clock.setTo(base.expiryDate().plusDays(1).atTime(0, 30).toInstant(ZoneOffset.UTC));
        Certification.onVertx(() -> lifecycle.expireAndWithdrawDue("scheduler"));

        assertThat(status(base)).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(status(cloud)).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(CloudEvents.published(connector, CertificateExpiredV1.class,
                event -> event.certificateId().equals(cloud.id())).data().expiredOn()).isEqualTo(base.expiryDate().plusDays(1));
        assertThat(CloudEvents.allPublished(connector, CertificateExpiredV1.class))
                .filteredOn(event -> event.data().certificateId().equals(cloud.id())).hasSize(1);
    }

    @Test
    void aSurveillanceThatAuditsTheCloudServicesCertifiesThemAndLaterContinuesBoth() {
        CertificateView base = certification.certifiedOn(DECISION);
        LocalDate surveyed = DECISION.plusMonths(10);
        clock.setTo(surveyed.atTime(12, 0).toInstant(ZoneOffset.UTC));
        AuditCompletedV1 surveillance = surveillanceWithCloud(base.clientId());
        certification.open(surveillance);

        List<DecisionView> opened = certification.decisionsOn(surveillance.auditId());
        assertThat(opened).extracting(DecisionView::kind, DecisionView::standard).containsExactlyInAnyOrder(
                tuple(DecisionKind.CONTINUATION, Standard.ISO_IEC_20000_1_2018),
                tuple(DecisionKind.CERTIFICATION, Standard.ISO_IEC_TR_20000_9_2015));
        CertificateView cloud = grant(opened, DecisionKind.CERTIFICATION);
        assertThat(cloud.standard()).isEqualTo(Standard.ISO_IEC_TR_20000_9_2015);
        assertThat(cloud.id()).isNotEqualTo(base.id());
        assertThat(cloud.issueDate()).isEqualTo(surveyed);
        assertThat(cloud.expiryDate()).isEqualTo(base.expiryDate());
        assertThat(cloud.programmeId()).isEqualTo(surveillance.programmeId());
        assertThat(grant(opened, DecisionKind.CONTINUATION).id()).isEqualTo(base.id());

        // The next surveillance, late: both certificates were suspended for it; the held one reinstates both.
        clock.setTo(DECISION.plusMonths(23).atTime(12, 0).toInstant(ZoneOffset.UTC));
        certification.suspend(base.id(), SuspensionReason.MISSED_SURVEILLANCE, "overdue");
        assertThat(status(cloud)).isEqualTo(CertificateStatus.SUSPENDED);
        AuditCompletedV1 next = surveillanceWithCloud(base.clientId());
        certification.open(next);
        List<DecisionView> reinstatement = certification.decisionsOn(next.auditId());
        assertThat(reinstatement).extracting(DecisionView::kind).containsExactly(DecisionKind.REINSTATEMENT);

        grant(reinstatement, DecisionKind.REINSTATEMENT);
        assertThat(status(base)).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(status(cloud)).isEqualTo(CertificateStatus.ACTIVE);
    }

    @Test
    void aRecertificationThatAuditsTheCloudServicesRenewsTheCloudCertificateWithItsBase() {
        CertificateView base = certification.certifiedOn(DECISION);
        clock.setTo(DECISION.plusMonths(8).atTime(12, 0).toInstant(ZoneOffset.UTC));
        CertificateView cloud = certification.grant(cloudExtension(base.clientId())).certificate();

        LocalDate recertified = base.expiryDate().minusMonths(2);
        clock.setTo(recertified.atTime(12, 0).toInstant(ZoneOffset.UTC));
        AuditCompletedV1 recertification = Certification.auditCompleted(AuditType.RECERTIFICATION, base.clientId(),
                "Example Services GmbH", CLOUD_AND_BASE, 0);
        certification.open(recertification);
        List<DecisionView> opened = certification.decisionsOn(recertification.auditId());
        assertThat(opened).extracting(DecisionView::kind, DecisionView::standard)
                .containsExactly(tuple(DecisionKind.RENEWAL, Standard.ISO_IEC_20000_1_2018));
        CertificateView renewedBase = grant(opened, DecisionKind.RENEWAL);

        CertificateView renewedCloud = Certification.onVertx(() -> certificates.get(cloud.id()));
        assertThat(renewedBase.expiryDate()).isEqualTo(recertified.plusYears(3).minusDays(1));
        assertThat(renewedCloud.status()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(renewedCloud.number()).isEqualTo(cloud.number());
        assertThat(renewedCloud.revision()).isEqualTo(cloud.revision() + 1);
        assertThat(renewedCloud.issueDate()).isEqualTo(recertified);
        assertThat(renewedCloud.expiryDate()).isEqualTo(renewedBase.expiryDate());
        assertThat(renewedCloud.originalCertificationDate()).isEqualTo(cloud.originalCertificationDate());
    }

    private CertificateView grant(List<DecisionView> opened, DecisionKind kind) {
        DecisionView decision = opened.stream().filter(candidate -> candidate.kind() == kind).findFirst().orElseThrow();
        return Certification.onVertx(() -> decisions.grant(decision.id(), "decider", "The audit supports it.", Map.of()))
                .certificate();
    }

    private CertificateStatus status(CertificateView certificate) {
        return Certification.onVertx(() -> certificates.get(certificate.id())).status();
    }

    private static AuditCompletedV1 surveillanceWithCloud(UUID clientId) {
        return Certification.auditCompleted(AuditType.SURVEILLANCE, clientId, "Example Services GmbH", CLOUD_AND_BASE, 0);
    }

    private static AuditCompletedV1 cloudExtension(UUID clientId) {
        return Certification.auditCompleted(AuditType.CLOUD_EXTENSION, clientId, "Example Services GmbH", CLOUD_AND_BASE, 0);
    }
}
