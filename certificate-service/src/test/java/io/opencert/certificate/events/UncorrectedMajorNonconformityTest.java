package io.opencert.certificate.events;

import io.opencert.certificate.Certification;
import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.decision.DecisionStatus;
import io.opencert.certificate.decision.RuleDecisions;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.events.audit.MajorNonconformityOverdueV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.OverdueNonconformity;
import io.opencert.events.model.Standard;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * audit-service reports a major nonconformity of a surveillance not corrected by its deadline: a suspension decision
 * is opened by the rule, and only a decision-maker's grant suspends the certificate.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
@TestSecurity(user = "decider", roles = "decision-maker")
class UncorrectedMajorNonconformityTest extends CertificationTestBase {
    private static final LocalDate DECISION = LocalDate.of(2026, 2, 10);
    private static final LocalDate DEADLINE = DECISION.plusMonths(14);

    @Test
    void anUncorrectedMajorOpensOneSuspensionDecisionThatOnlyAGrantCarriesOut() {
        CertificateView certificate = certification.certifiedOn(DECISION);
        clock.setTo(DEADLINE.plusDays(1).atTime(1, 0).toInstant(ZoneOffset.UTC));
        MajorNonconformityOverdueV1 overdue = overdue(certificate);
        UUID eventId = UUID.randomUUID();

        certification.send(overdue, eventId);
        certification.send(overdue, eventId); // redelivery
        certification.send(overdue(certificate), UUID.randomUUID()); // another audit's, while the first waits

        DecisionView asked = suspensions(certificate).getFirst();
        assertThat(suspensions(certificate)).hasSize(1);
        assertThat(asked.status()).isEqualTo(DecisionStatus.OPEN);
        assertThat(asked.openedBy()).isEqualTo(RuleDecisions.UNCORRECTED_MAJOR_NONCONFORMITY);
        assertThat(asked.change().suspensionReason()).isEqualTo(SuspensionReason.UNRESOLVED_MAJOR_NONCONFORMITY);
        assertThat(asked.reason()).contains(overdue.auditId().toString(), "8.5.1 (RESPONDED)", DEADLINE.toString());
        given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200).body("status", is("ACTIVE"));

        given().contentType(ContentType.JSON)
                .body(Map.of("rationale", "The change process is still not under control five months on."))
                .when().post("/api/v1/decisions/{id}/grant", asked.id())
                .then().statusCode(200).body("certificate.status", is("SUSPENDED"))
                .body("certificate.suspensionReason", is("UNRESOLVED_MAJOR_NONCONFORMITY"));

        certification.send(overdue(certificate), UUID.randomUUID()); // suspended already: nothing more to ask
        assertThat(suspensions(certificate)).hasSize(1);
    }

    private List<DecisionView> suspensions(CertificateView certificate) {
        return certification.decisionsOf(certificate.clientId()).stream()
                .filter(decision -> decision.kind() == DecisionKind.SUSPENSION).toList();
    }

    private static MajorNonconformityOverdueV1 overdue(CertificateView certificate) {
        return new MajorNonconformityOverdueV1(UUID.randomUUID(), certificate.programmeId(), certificate.clientId(),
                certificate.holderName(), AuditType.SURVEILLANCE, List.of(Standard.ISO_IEC_20000_1_2018),
                List.of(new OverdueNonconformity(UUID.randomUUID(), "8.5.1", "Emergency changes not reviewed",
                        "RESPONDED")), DEADLINE, DEADLINE.plusDays(1).atTime(1, 0).toInstant(ZoneOffset.UTC));
    }
}
