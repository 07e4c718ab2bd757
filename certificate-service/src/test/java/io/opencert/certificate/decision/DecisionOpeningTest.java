package io.opencert.certificate.decision;

import io.opencert.certificate.Certification;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.Recommendation;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
@TestSecurity(user = "staff", roles = "cb-staff")
class DecisionOpeningTest {

    @Inject
    Certification certification;

    @Test
    void aCompletedStage2AuditOpensOneDecisionEvenWhenReportedAgain() {
        AuditCompletedV1 audit = Certification.auditCompleted(AuditType.STAGE_2, UUID.randomUUID(), 0);
        UUID eventId = UUID.randomUUID();
        certification.send(audit, eventId);
        certification.send(audit, eventId); // redelivery of the same event
        certification.send(audit, UUID.randomUUID()); // the same report sent again as a new event

        // Events are handled in order: once a later report has its decision, the three above were handled.
        certification.open(Certification.auditCompleted(AuditType.STAGE_2, UUID.randomUUID(), 0));

        given().queryParam("auditId", audit.auditId())
                .when().get("/api/v1/decisions")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items[0].status", is("OPEN"))
                .body("items[0].kind", is("CERTIFICATION"))
                .body("items[0].readyForDecision", is(true))
                .body("items[0].steps.size()", is(0))
                .body("items[0].auditType", is("STAGE_2"))
                .body("items[0].clientId", is(audit.clientId().toString()))
                .body("items[0].clientName", is("Example Services GmbH"))
                .body("items[0].recommendation", is("CERTIFY"))
                .body("items[0].standards", contains("ISO_IEC_20000_1_2018"))
                .body("items[0].team.username", contains("auditor1", "auditor2"))
                .body("items[0].sites.city", contains("Vienna", "Graz"))
                .body("items[0].findingCounts.MINOR_NONCONFORMITY", is(2))
                .body("items[0].openMajorNonconformities", is(0))
                .body("items[0].lastDayOnSite", is("2026-03-12"));
    }

    @Test
    void oneDecisionCanBeReadByItsId() {
        AuditCompletedV1 audit = Certification.auditCompleted(AuditType.RECERTIFICATION, UUID.randomUUID(), 1);
        DecisionView decision = certification.open(audit);

        given().when().get("/api/v1/decisions/{id}", decision.id())
                .then().statusCode(200)
                .body("id", is(decision.id().toString()))
                .body("auditId", is(audit.auditId().toString()))
                .body("auditType", is("RECERTIFICATION"))
                .body("kind", is("RENEWAL"))
                .body("readyForDecision", is(false))
                .body("openMajorNonconformities", is(1))
                .body("recommendation", is(Recommendation.CERTIFY_AFTER_NONCONFORMITY_CLOSURE.name()))
                .body("findingCounts." + FindingGrade.MAJOR_NONCONFORMITY, is(1))
                .body("decidedBy", nullValue());
    }

    @Test
    void aSurveillanceAuditOpensAContinuationDecisionAStage1AuditNone() {
        AuditCompletedV1 surveillance = Certification.auditCompleted(AuditType.SURVEILLANCE, UUID.randomUUID(), 0);
        AuditCompletedV1 stage1 = Certification.auditCompleted(AuditType.STAGE_1, UUID.randomUUID(), 0);
        certification.send(stage1, UUID.randomUUID());

        certification.open(surveillance);

        assertThat(certification.decisionOn(stage1.auditId())).isNull();
        given().queryParam("clientId", surveillance.clientId())
                .when().get("/api/v1/decisions")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items[0].kind", is("CONTINUATION"))
                .body("items[0].status", is("OPEN"));
    }

    @Test
    void anUnknownDecisionIsAProblem404() {
        given().when().get("/api/v1/decisions/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("https://opencert.io/problems/not-found"));
    }
}
