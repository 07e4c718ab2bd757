package io.opencert.certificate.decision;

import io.opencert.certificate.Certification;
import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.commons.paging.PageRequest;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;
import io.opencert.events.scheduling.SurveillanceOverdueV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** A certificate transferred from another body is decided on the pre-transfer review and continues its cycle here. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class TransferTest extends CertificationTestBase {
    private static final LocalDate DECISION = LocalDate.of(2026, 6, 1);
    private static final LocalDate TRANSFERRED_EXPIRY = LocalDate.of(2027, 9, 30);
    private static final String HOLDER = "Transfer Services GmbH";

    @Inject
    DecisionService decisions;

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aTransferIsDecidedOnThePreTransferReviewAndKeepsTheTransferredExpiry() {
        clock.setTo(DECISION.atTime(12, 0).toInstant(ZoneOffset.UTC));
        UUID clientId = UUID.randomUUID();
        ContractSignedV1 contract = Certification.contractSigned(clientId, HOLDER, TRANSFERRED_EXPIRY, true);
        UUID eventId = UUID.randomUUID();
        certification.sendClient(contract, eventId);
        DecisionView decision = await().atMost(Duration.ofSeconds(15))
                .until(() -> certification.decisionsOf(clientId), found -> !found.isEmpty()).getFirst();

        certification.sendClient(contract, eventId); // redelivery of the same event
        certification.sendClient(contract, UUID.randomUUID()); // the same contract sent again
        certification.openTransfer(Certification.contractSigned(UUID.randomUUID(), HOLDER, TRANSFERRED_EXPIRY, true));
        assertThat(certification.decisionsOf(clientId)).hasSize(1);

        given().when().get("/api/v1/decisions/{id}", decision.id())
                .then().statusCode(200)
                .body("kind", is("TRANSFER"))
                .body("status", is("OPEN"))
                .body("standard", is("ISO_IEC_20000_1_2018"))
                .body("readyForDecision", is(true))
                .body("contractId", is(contract.contractId().toString()))
                .body("auditId", nullValue())
                .body("programmeId", nullValue())
                .body("auditType", nullValue())
                .body("recommendation", nullValue())
                .body("team", empty())
                .body("clientName", is(HOLDER))
                .body("scope", is("Operation of IT services for hospitals"))
                .body("sites.city", contains("Vienna"))
                .body("transfer.certificateNumber", is("QS-20000-4711"))
                .body("transfer.issuingBody", is("Other Cert AG"))
                .body("transfer.expiryDate", is(TRANSFERRED_EXPIRY.toString()))
                .body("transfer.openNonconformities", is(2))
                .body("transfer.preTransferReview", is("Two minor nonconformities open, corrective action plans accepted"));

        CertificateView certificate = Certification.onVertx(() -> decisions.grant(decision.id(), "decider",
                "Pre-transfer review complete; the open minors have accepted plans.", Map.of())).certificate();

        assertThat(certificate.number()).matches("CB-2026-\\d{6}");
        assertThat(certificate.status()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(certificate.standard()).isEqualTo(Standard.ISO_IEC_20000_1_2018);
        assertThat(certificate.holderName()).isEqualTo(HOLDER);
        assertThat(certificate.issueDate()).isEqualTo(DECISION);
        assertThat(certificate.originalCertificationDate()).isEqualTo(DECISION);
        assertThat(certificate.expiryDate()).as("the cycle continues").isEqualTo(TRANSFERRED_EXPIRY);
        assertThat(certificate.auditId()).isNull();
        assertThat(certificate.programmeId()).isNull();
        given().when().get("/api/v1/decisions/{id}", decision.id())
                .then().statusCode(200).body("status", is("GRANTED"))
                .body("certificateId", is(certificate.id().toString()));

        List<CertificateIssuedV1> issued = await().atMost(Duration.ofSeconds(10))
                .until(() -> certification.issuedEvents(certificate.id()), published -> !published.isEmpty());
        assertThat(issued).singleElement().satisfies(event -> {
            assertThat(event.auditId()).isNull();
            assertThat(event.programmeId()).isNull();
            assertThat(event.decisionId()).isEqualTo(decision.id());
            assertThat(event.expiryDate()).isEqualTo(TRANSFERRED_EXPIRY);
        });

        given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200)
                .body("holder", is(HOLDER))
                .body("status", is("ACTIVE"))
                .body("expiryDate", is(TRANSFERRED_EXPIRY.toString()));
        given().queryParam("clientId", clientId).when().get("/api/v1/licences")
                .then().statusCode(200)
                .body("items.certificateNumber", contains(certificate.number()))
                .body("items.status", contains("GRANTED"));
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void anExpiredCertificateIsNotTransferredButTheDecisionCanBeRefused() {
        clock.setTo(DECISION.atTime(12, 0).toInstant(ZoneOffset.UTC));
        DecisionView decision = certification.openTransfer(
                Certification.contractSigned(UUID.randomUUID(), HOLDER, DECISION.minusDays(1), true));

        step(decision.id(), "grant", "Looks fine.").statusCode(409)
                .body("type", endsWith("/transferred-certificate-expired"));
        given().when().get("/api/v1/decisions/{id}", decision.id())
                .then().statusCode(200).body("status", is("OPEN")).body("certificateId", nullValue());
        step(decision.id(), "refusal", "The certificate expired; a recertification audit is needed.")
                .statusCode(200).body("status", is("REFUSED"));
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void aHolderCertifiedHereAlreadyIsNotCertifiedTwiceByATransfer() {
        clock.setTo(DECISION.atTime(12, 0).toInstant(ZoneOffset.UTC));
        UUID clientId = UUID.randomUUID();
        CertificateView ours = certification.certify(clientId).certificate();
        DecisionView decision = certification.openTransfer(
                Certification.contractSigned(clientId, HOLDER, TRANSFERRED_EXPIRY, true));

        step(decision.id(), "grant", "Looks fine.").statusCode(409)
                .body("type", endsWith("/already-certified-here"));
        given().when().get("/api/v1/decisions/{id}", decision.id())
                .then().statusCode(200).body("status", is("OPEN")).body("certificateId", nullValue());
        assertThat(Certification.onVertx(() -> certificates.list(clientId, null, PageRequest.of(0, 10))).items())
                .extracting(CertificateView::number).containsExactly(ours.number());
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void aTransferWithAnOpenMajorNonconformityIsNotGranted() {
        clock.setTo(DECISION.atTime(12, 0).toInstant(ZoneOffset.UTC));
        DecisionView decision = certification.openTransfer(
                Certification.transferContract(UUID.randomUUID(), HOLDER, TRANSFERRED_EXPIRY, 1, "reviewer"));
        given().when().get("/api/v1/decisions/{id}", decision.id())
                .then().statusCode(200)
                .body("transfer.openMajorNonconformities", is(1))
                .body("transfer.reviewedBy", is("reviewer"));

        step(decision.id(), "grant", "Looks fine.").statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/transfer-open-major-nonconformity"))
                .body("detail", containsString("closed by the previous body, or reviewed again, before the transfer"));
        given().when().get("/api/v1/decisions/{id}", decision.id())
                .then().statusCode(200).body("status", is("OPEN")).body("certificateId", nullValue());
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "decision-maker")
    void whoDidThePreTransferReviewTakesNoStepOfTheTransferDecision() {
        clock.setTo(DECISION.atTime(12, 0).toInstant(ZoneOffset.UTC));
        DecisionView decision = certification.openTransfer(
                Certification.transferContract(UUID.randomUUID(), HOLDER, TRANSFERRED_EXPIRY, 0, "reviewer"));

        for (String step : List.of("grant", "information-request", "refusal")) {
            step(decision.id(), step, "I reviewed it myself.").statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/decision-maker-reviewed-transfer"));
        }
        given().when().get("/api/v1/decisions/{id}", decision.id())
                .then().statusCode(200).body("status", is("OPEN")).body("certificateId", nullValue());
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void anotherDecisionMakerGrantsATransferWithoutOpenMajors() {
        clock.setTo(DECISION.atTime(12, 0).toInstant(ZoneOffset.UTC));
        DecisionView decision = certification.openTransfer(
                Certification.transferContract(UUID.randomUUID(), HOLDER, TRANSFERRED_EXPIRY, 0, "reviewer"));

        step(decision.id(), "grant", "Pre-transfer review complete; no major open.").statusCode(200)
                .body("decision.status", is("GRANTED"))
                .body("certificate.expiryDate", is(TRANSFERRED_EXPIRY.toString()));
    }

    @Test
    void aContractWithoutTransferOpensNoDecision() {
        UUID clientId = UUID.randomUUID();
        certification.sendClient(Certification.contractSigned(clientId, HOLDER, null, false), UUID.randomUUID());
        // Events are handled in order: once a later transfer has its decision, the contract above was handled.
        certification.openTransfer(Certification.contractSigned(UUID.randomUUID(), HOLDER, TRANSFERRED_EXPIRY, true));

        assertThat(certification.decisionsOf(clientId)).isEmpty();
    }

    @Test
    void theFirstSurveillanceFindsTheTransferredCertificateWhichTakesItsProgramme() {
        CertificateView transferred = transferredOn(DECISION);
        clock.setTo(DECISION.plusMonths(4).atTime(12, 0).toInstant(ZoneOffset.UTC));
        AuditCompletedV1 surveillance = Certification.auditCompleted(AuditType.SURVEILLANCE, transferred.clientId(),
                HOLDER, List.of(Standard.ISO_IEC_20000_1_2018), 0);

        CertificateView continued = certification.grant(surveillance).certificate();

        assertThat(continued.id()).isEqualTo(transferred.id());
        assertThat(continued.programmeId()).isEqualTo(surveillance.programmeId());
        assertThat(continued.expiryDate()).isEqualTo(TRANSFERRED_EXPIRY);
        assertThat(certification.history(transferred.id())).extracting(entry -> entry.action)
                .containsExactly("issued", "programme-adopted");
    }

    @Test
    void aMissedSurveillanceOfATransferredCertificateFindsItByItsClient() {
        CertificateView transferred = transferredOn(DECISION);
        LocalDate detected = DECISION.plusMonths(13);
        clock.setTo(detected.atTime(0, 45).toInstant(ZoneOffset.UTC));
        UUID programmeId = UUID.randomUUID();

        certification.sendScheduling(new SurveillanceOverdueV1(UUID.randomUUID(), programmeId, transferred.clientId(),
                null, detected.minusDays(1), Instant.parse("2027-07-01T00:45:00Z")), UUID.randomUUID());

        CertificateView suspended = Certification.onVertx(() -> certificates.get(transferred.id()));
        assertThat(suspended.status()).isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(suspended.programmeId()).isEqualTo(programmeId);
    }

    private CertificateView transferredOn(LocalDate day) {
        clock.setTo(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
        DecisionView decision = certification.openTransfer(
                Certification.contractSigned(UUID.randomUUID(), HOLDER, TRANSFERRED_EXPIRY, true));
        return Certification.onVertx(() -> decisions.grant(decision.id(), "decider",
                "Pre-transfer review complete.", Map.of())).certificate();
    }

    private static ValidatableResponse step(UUID decisionId, String step, String rationale) {
        return given().contentType(ContentType.JSON).body(Map.of("rationale", rationale))
                .when().post("/api/v1/decisions/{id}/" + step, decisionId)
                .then();
    }
}
