package io.opencert.certificate.decision;

import io.opencert.certificate.Certification;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.rules.CertificateValidity;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.client.ConsultancyRecordedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class GrantTest {
    private static final String RATIONALE = "All stage 2 evidence reviewed; minor nonconformities have accepted plans.";

    @Inject
    Certification certification;

    @Inject
    AdjustableClock clock;

    @Inject
    DecisionService decisions;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void aDecisionMakerListedInTheImpartialityRegisterForTheClientTakesNoStep() {
        clock.setTo(Instant.parse("2026-06-01T09:00:00Z"));
        UUID clientId = UUID.randomUUID();
        ContractSignedV1 contract = Certification.contractSigned(clientId, "Example Services GmbH", null, false);
        certification.sendClient(new ContractSignedV1(contract.contractId(), clientId, contract.clientName(),
                contract.quotationId(), contract.standards(), contract.scope(), contract.sites(), contract.auditDays(),
                List.of(" Decider ", "auditor7"), contract.signedAt(), null, null), UUID.randomUUID());
        DecisionView decision = certification.open(Certification.auditCompleted(AuditType.STAGE_2, clientId, 0));

        grant(decision.id(), RATIONALE).statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/decision-maker-not-impartial"))
                .body("detail", containsString("decider consulted this client (2024-05-20 to 2026-05-20"));
        given().contentType(ContentType.JSON).body(Map.of("rationale", "Which data centre?"))
                .when().post("/api/v1/decisions/{id}/information-request", decision.id())
                .then().statusCode(409).body("type", endsWith("/decision-maker-not-impartial"));
        given().when().get("/api/v1/decisions/{id}", decision.id()).then().statusCode(200).body("status", is("OPEN"));

        // the register learns later that decider2 consulted the client last year, decider3 three years ago
        certification.sendClient(new ConsultancyRecordedV1(UUID.randomUUID(), clientId, "Decider2",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 30), Instant.parse("2026-05-30T08:00:00Z")), UUID.randomUUID());
        certification.sendClient(new ConsultancyRecordedV1(UUID.randomUUID(), clientId, "decider3",
                LocalDate.of(2022, 3, 1), LocalDate.of(2023, 9, 30), Instant.parse("2026-05-30T08:00:00Z")), UUID.randomUUID());
        assertThat(Certification.refusedBy(() -> decisions.grant(decision.id(), "decider2", RATIONALE, Map.of())))
                .isEqualTo("decision-maker-not-impartial");

        assertThat(Certification.refusedBy(() -> decisions.grant(decision.id(), "decider3", RATIONALE, Map.of()))).isNull();
        given().when().get("/api/v1/decisions/{id}", decision.id())
                .then().statusCode(200).body("status", is("GRANTED")).body("decidedBy", is("decider3"));
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void anIndependentDecisionMakerGrantsAndTheCertificateIsIssued() {
        UUID clientId = UUID.randomUUID();
        AuditCompletedV1 audit = Certification.auditCompleted(AuditType.STAGE_2, clientId, 0);
        DecisionView decision = certification.open(audit);
        LocalDate today = clock.today();
        LocalDate expiry = CertificateValidity.expiryDate(today);

        grant(decision.id(), "  ").statusCode(400).body("violations[0].field", is("rationale"));

        JsonPath granted = grant(decision.id(), RATIONALE).statusCode(200)
                .body("decision.status", is("GRANTED"))
                .body("decision.decidedBy", is("decider"))
                .body("decision.rationale", is(RATIONALE))
                .body("decision.decisionDate", is(today.toString()))
                .body("certificate.number", matchesPattern("CB-" + today.getYear() + "-\\d{6}"))
                .body("certificate.revision", is(1))
                .body("certificate.status", is("ACTIVE"))
                .body("certificate.clientId", is(clientId.toString()))
                .body("certificate.holderName", is("Example Services GmbH"))
                .body("certificate.standard", is("ISO_IEC_20000_1_2018"))
                .body("certificate.scope", is("Operation of IT services for hospitals"))
                .body("certificate.sites.name", contains("Head office", "Data centre"))
                .body("certificate.originalCertificationDate", is(today.toString()))
                .body("certificate.issueDate", is(today.toString()))
                .body("certificate.expiryDate", is(expiry.toString()))
                .body("certificate.decisionId", is(decision.id().toString()))
                .body("certificate.auditId", is(audit.auditId().toString()))
                .extract().jsonPath();
        assertThat(expiry).isEqualTo(today.plusYears(3).minusDays(1));
        UUID certificateId = UUID.fromString(granted.getString("certificate.id"));
        String number = granted.getString("certificate.number");
        assertThat(granted.getString("decision.certificateId")).isEqualTo(certificateId.toString());

        List<CertificateIssuedV1> events = await().atMost(Duration.ofSeconds(10))
                .until(() -> certification.issuedEvents(certificateId), published -> !published.isEmpty());
        assertThat(events).hasSize(1);
        CertificateIssuedV1 issued = events.getFirst();
        assertThat(issued.number()).isEqualTo(number);
        assertThat(issued.revision()).isEqualTo(1);
        assertThat(issued.clientId()).isEqualTo(clientId);
        assertThat(issued.standard()).isEqualTo(Standard.ISO_IEC_20000_1_2018);
        assertThat(issued.decisionId()).isEqualTo(decision.id());
        assertThat(issued.programmeId()).isEqualTo(audit.programmeId());
        assertThat(issued.decisionDate()).isEqualTo(today);
        assertThat(issued.expiryDate()).isEqualTo(expiry);
        assertThat(issued.sites()).isEqualTo(audit.sites());

        given().when().get("/api/v1/certificates/{id}", certificateId)
                .then().statusCode(200).body("number", is(number)).body("expiryDate", is(expiry.toString()));

        grant(decision.id(), RATIONALE).statusCode(409)
                .body("type", endsWith("/decision-not-open"))
                .body("detail", containsString("GRANTED"));
    }

    @Test
    @TestSecurity(user = "auditor1", roles = {"decision-maker", "auditor"})
    void aMemberOfTheAuditTeamMayNotGrant() {
        DecisionView decision = certification.open(Certification.auditCompleted(AuditType.STAGE_2, UUID.randomUUID(), 0));

        grant(decision.id(), RATIONALE).statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/decision-maker-on-audit-team"))
                .body("detail", containsString("ISO/IEC 17021-1"))
                .body("detail", containsString("auditor1"));

        unchanged(decision.id());
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void noNewCertificateOfAWithdrawnEdition() {
        DecisionView decision = certification.open(Certification.auditCompleted(AuditType.STAGE_2, UUID.randomUUID(),
                "Example Services GmbH", List.of(Standard.ISO_IEC_20000_1_2011), 0));

        grant(decision.id(), RATIONALE).statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/edition-withdrawn"))
                .body("detail", containsString("ISO/IEC 20000-1:2011"));

        unchanged(decision.id());
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void noGrantWhileAMajorNonconformityIsOpen() {
        clock.setTo(Instant.parse("2026-04-02T12:00:00Z")); // within 6 months of stage 2
        DecisionView decision = certification.open(Certification.auditCompleted(AuditType.STAGE_2, UUID.randomUUID(), 1));

        grant(decision.id(), RATIONALE).statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/open-major-nonconformity"))
                .body("detail", containsString("1 major"));

        unchanged(decision.id());
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void aSiteCertifiedForLessThanTheAuditScopeGetsItsOwnScope() {
        AuditCompletedV1 audit = Certification.auditCompleted(AuditType.STAGE_2, UUID.randomUUID(), 0);
        DecisionView decision = certification.open(audit);
        UUID graz = audit.sites().get(1).siteId();

        given().contentType(ContentType.JSON)
                .body(Map.of("rationale", RATIONALE, "siteScopes", Map.of(UUID.randomUUID().toString(), "Hosting")))
                .when().post("/api/v1/decisions/{id}/grant", decision.id())
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("siteScopes"))
                .body("violations[0].message", containsString("not one of the sites to certify"));
        unchanged(decision.id());
        given().contentType(ContentType.JSON).body(Map.of("rationale", RATIONALE, "siteScopes", Map.of(graz.toString(), " ")))
                .when().post("/api/v1/decisions/{id}/grant", decision.id())
                .then().statusCode(400).body("violations[0].field", containsString("siteScopes"));

        String number = given().contentType(ContentType.JSON)
                .body(Map.of("rationale", RATIONALE, "siteScopes", Map.of(graz.toString(), " Hosting of hospital systems ")))
                .when().post("/api/v1/decisions/{id}/grant", decision.id())
                .then().statusCode(200)
                .body("certificate.scope", is("Operation of IT services for hospitals"))
                .body("certificate.sites.city", contains("Vienna", "Graz"))
                .body("certificate.sites.scope", contains("Operation of IT services for hospitals", "Hosting of hospital systems"))
                .extract().path("certificate.number");

        given().when().get("/api/v1/public/certificates/{number}", number)
                .then().statusCode(200)
                .body("sites.scope", contains("Operation of IT services for hospitals", "Hosting of hospital systems"));
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void anUnknownDecisionCannotBeGranted() {
        grant(UUID.randomUUID(), RATIONALE).statusCode(404).body("type", endsWith("/not-found"));
    }

    private static ValidatableResponse grant(UUID decisionId, String rationale) {
        return given().contentType(ContentType.JSON).body(Map.of("rationale", rationale))
                .when().post("/api/v1/decisions/{id}/grant", decisionId)
                .then();
    }

    private static void unchanged(UUID decisionId) {
        given().when().get("/api/v1/decisions/{id}", decisionId)
                .then().statusCode(200)
                .body("status", is("OPEN"))
                .body("decidedBy", nullValue())
                .body("certificateId", nullValue());
    }
}
