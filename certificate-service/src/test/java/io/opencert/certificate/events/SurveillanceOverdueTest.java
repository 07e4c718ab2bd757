package io.opencert.certificate.events;

import io.opencert.certificate.Certification;
import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.decision.DecisionStatus;
import io.opencert.certificate.decision.RuleDecisions;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.scheduling.SurveillanceOverdueV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** scheduling-service reports a surveillance audit overdue: the certificate is suspended on its own, once. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class SurveillanceOverdueTest extends CertificationTestBase {
    private static final LocalDate DECISION = LocalDate.of(2026, 2, 10);
    private static final LocalDate DETECTED = DECISION.plusMonths(12).plusDays(1);

    @Test
    void aMissedSurveillanceSuspendsTheCertificateForAtMostSixMonthsOnce() {
        CertificateView certificate = certification.certifiedOn(DECISION);
        clock.setTo(DETECTED.atTime(0, 45).toInstant(ZoneOffset.UTC));
        SurveillanceOverdueV1 overdue = overdue(certificate, certificate.id());
        UUID eventId = UUID.randomUUID();

        certification.sendScheduling(overdue, eventId);
        certification.sendScheduling(overdue, eventId); // redelivery
        certification.sendScheduling(overdue(certificate, certificate.id()), UUID.randomUUID()); // another audit overdue

        CertificateView suspended = Certification.onVertx(() -> certificates.get(certificate.id()));
        assertThat(suspended.status().name()).isEqualTo("SUSPENDED");
        assertThat(suspended.suspensionReason().name()).isEqualTo("MISSED_SURVEILLANCE");
        assertThat(suspended.statusSince()).isEqualTo(DETECTED);
        assertThat(suspended.suspendedUntil()).isEqualTo(DETECTED.plusMonths(6));

        List<DecisionView> suspensions = certification.decisionsOf(certificate.clientId()).stream()
                .filter(decision -> decision.kind() == DecisionKind.SUSPENSION).toList();
        assertThat(suspensions).as("one decision, however often the notice came").hasSize(1);
        DecisionView byRule = suspensions.getFirst();
        assertThat(byRule.status()).isEqualTo(DecisionStatus.GRANTED);
        assertThat(byRule.openedBy()).isEqualTo(RuleDecisions.MISSED_SURVEILLANCE);
        assertThat(byRule.decidedBy()).isEqualTo(RuleDecisions.MISSED_SURVEILLANCE);
        assertThat(byRule.certificateId()).isEqualTo(certificate.id());
        assertThat(byRule.reason()).contains(overdue.auditId().toString(), overdue.dueBy().toString());
        assertThat(byRule.rationale()).contains("ISO/IEC 17021-1, 9.6.5.1");
        assertThat(byRule.change().suspensionReason()).isEqualTo(SuspensionReason.MISSED_SURVEILLANCE);

        CertificateSuspendedV1 event = CloudEvents.published(connector, CertificateSuspendedV1.class,
                e -> e.certificateId().equals(certificate.id())).data();
        assertThat(event).isEqualTo(new CertificateSuspendedV1(certificate.id(), certificate.number(),
                certificate.clientId(), "MISSED_SURVEILLANCE", DETECTED, DETECTED.plusMonths(6), byRule.id()));
        assertThat(CloudEvents.allPublished(connector, CertificateSuspendedV1.class))
                .filteredOn(e -> e.data().certificateId().equals(certificate.id())).hasSize(1);
        assertThat(certification.history(certificate.id()))
                .filteredOn(entry -> entry.action.equals("suspended")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor).isEqualTo(RuleDecisions.MISSED_SURVEILLANCE);
                    assertThat(entry.details).contains("MISSED_SURVEILLANCE", overdue.auditId().toString(),
                            overdue.dueBy().toString());
                });

        String register = given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200)
                .body("status", is("SUSPENDED"))
                .body("statusSince", is(DETECTED.toString()))
                .extract().asString();
        assertThat(register).doesNotContain("MISSED_SURVEILLANCE", "Surveillance");
    }

    @Test
    void withoutACertificateIdTheProgrammeNamesTheCertificate() {
        CertificateView certificate = certification.certifiedOn(DECISION);
        clock.setTo(DETECTED.atTime(0, 45).toInstant(ZoneOffset.UTC));

        certification.sendScheduling(overdue(certificate, null), UUID.randomUUID());

        assertThat(Certification.onVertx(() -> certificates.get(certificate.id())).status().name()).isEqualTo("SUSPENDED");
    }

    @Test
    void anUnknownCertificateOrOneNoLongerActiveIsLeftAsItIs() {
        CertificateView withdrawn = certification.certifiedOn(DECISION);
        certification.withdraw(withdrawn.id(), "client left");
        clock.setTo(DETECTED.atTime(0, 45).toInstant(ZoneOffset.UTC));

        certification.sendScheduling(overdue(withdrawn, withdrawn.id()), UUID.randomUUID());
        certification.sendScheduling(new SurveillanceOverdueV1(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), DETECTED.minusDays(1), Instant.now()), UUID.randomUUID());

        assertThat(Certification.onVertx(() -> certificates.get(withdrawn.id())).status().name()).isEqualTo("WITHDRAWN");
        assertThat(CloudEvents.allPublished(connector, CertificateSuspendedV1.class))
                .noneMatch(e -> e.data().certificateId().equals(withdrawn.id()));
    }

    private static SurveillanceOverdueV1 overdue(CertificateView certificate, UUID certificateId) {
        return new SurveillanceOverdueV1(UUID.randomUUID(), certificate.programmeId(), certificate.clientId(),
                certificateId, DECISION.plusMonths(12), DETECTED.atTime(0, 30).toInstant(ZoneOffset.UTC));
    }
}
