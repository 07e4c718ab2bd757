package io.opencert.certificate.decision;

import io.opencert.certificate.Certification;
import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.certificate.CertificateRenewedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

/** A recertification decision renews the certificate for a new cycle, and restores one that expired not long ago. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
@TestSecurity(user = "decider", roles = "decision-maker")
class RenewalTest extends CertificationTestBase {
    private static final LocalDate DECISION = LocalDate.of(2026, 2, 10);

    @Test
    void recertificationRenewsWithTheSameNumberAndOriginalDateAndANewCycle() {
        CertificateView certificate = certification.certifiedOn(DECISION);
        LocalDate renewedOn = LocalDate.of(2028, 12, 1);

        ValidatableResponse granted = grantRecertificationOn(certificate, renewedOn).statusCode(200)
                .body("decision.kind", is("RENEWAL"))
                .body("decision.certificateId", is(certificate.id().toString()))
                .body("certificate.id", is(certificate.id().toString()))
                .body("certificate.number", is(certificate.number()))
                .body("certificate.status", is("ACTIVE"))
                .body("certificate.revision", is(2))
                .body("certificate.cycle", is(2))
                .body("certificate.originalCertificationDate", is(DECISION.toString()))
                .body("certificate.issueDate", is(renewedOn.toString()))
                .body("certificate.expiryDate", is("2031-11-30"));
        String decisionId = granted.extract().path("decision.id");

        CertificateRenewedV1 renewed = CloudEvents.published(connector, CertificateRenewedV1.class,
                event -> event.certificateId().equals(certificate.id())).data();
        assertThat(renewed.number()).isEqualTo(certificate.number());
        assertThat(renewed.revision()).isEqualTo(2);
        assertThat(renewed.decisionId()).isEqualTo(UUID.fromString(decisionId));
        assertThat(renewed.originalCertificationDate()).isEqualTo(DECISION);
        assertThat(renewed.issueDate()).isEqualTo(renewedOn);
        assertThat(renewed.expiryDate()).isEqualTo(LocalDate.of(2031, 11, 30));

        given().when().get("/api/v1/certificates/{id}/revisions", certificate.id())
                .then().statusCode(200)
                .body("revision", contains(1, 2))
                .body("reason", contains("INITIAL", "RENEWAL"))
                .body("current", contains(false, true))
                .body("expiryDate", contains(certificate.expiryDate().toString(), "2031-11-30"));
        given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200).body("revision", is(2)).body("expiryDate", is("2031-11-30"));
    }

    @Test
    void anExpiredCertificateIsRestoredWithinSixMonthsOfItsExpiry() {
        CertificateView certificate = certification.certifiedOn(DECISION);
        expire(certificate);
        LocalDate restoredOn = certificate.expiryDate().plusMonths(5);

        grantRecertificationOn(certificate, restoredOn).statusCode(200)
                .body("certificate.status", is("ACTIVE"))
                .body("certificate.statusSince", is(restoredOn.toString()))
                .body("certificate.number", is(certificate.number()))
                .body("certificate.originalCertificationDate", is(DECISION.toString()));
        assertThat(certification.history(certificate.id())).extracting(entry -> entry.action)
                .containsExactly("issued", "expired", "restored");
    }

    @ParameterizedTest(name = "certified {0}, expired after {1}: restored until {2}")
    @CsvSource({
            "2026-06-01, 2029-05-31, 2032-05-31",
            "2025-03-01, 2028-02-29, 2031-02-28",
            "2026-03-01, 2029-02-28, 2032-02-29",
    })
    void aRestoredCertificateKeepsThePreviousExpiryAsTheBasisOfItsNewCycle(LocalDate certified, LocalDate expiry,
                                                                         LocalDate restoredExpiry) {
        CertificateView certificate = certification.certifiedOn(certified);
        assertThat(certificate.expiryDate()).isEqualTo(expiry);
        expire(certificate);

        grantRecertificationOn(certificate, expiry.plusMonths(4)).statusCode(200)
                .body("certificate.status", is("ACTIVE"))
                .body("certificate.expiryDate", is(restoredExpiry.toString()));
        given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200).body("status", is("ACTIVE")).body("expiryDate", is(restoredExpiry.toString()));
        assertThat(CloudEvents.published(connector, CertificateRenewedV1.class,
                event -> event.certificateId().equals(certificate.id())).data().expiryDate()).isEqualTo(restoredExpiry);
    }

    @Test
    void tooLateToRestoreTheDecisionStaysOpen() {
        CertificateView certificate = certification.certifiedOn(DECISION);
        expire(certificate);

        DecisionView decision = recertificationDecisionOn(certificate, certificate.expiryDate().plusMonths(7));

        grant(decision).statusCode(409).body("type", endsWith("/restore-window-passed"));
        given().when().get("/api/v1/decisions/{id}", decision.id())
                .then().statusCode(200).body("status", is("OPEN"));
        assertThat(Certification.onVertx(() -> certificates.get(certificate.id())).status().name()).isEqualTo("EXPIRED");
    }

    @Test
    void aWithdrawnCertificateIsNotRenewedCertificationStartsAgain() {
        CertificateView certificate = certification.certifiedOn(DECISION);
        certification.withdraw(certificate.id(), "The client asked to end its certification.");

        grantRecertificationOn(certificate, LocalDate.of(2028, 12, 1)).statusCode(409)
                .body("type", endsWith("/no-current-certificate"));
        given().when().get("/api/v1/certificates/{id}", certificate.id())
                .then().statusCode(200).body("status", is("WITHDRAWN")).body("revision", is(1));
    }

    private void expire(CertificateView certificate) {
        clock.setTo(certificate.expiryDate().plusDays(1).atTime(0, 30).toInstant(ZoneOffset.UTC));
        Certification.onVertx(() -> lifecycle.expireAndWithdrawDue("scheduler"));
    }

    private ValidatableResponse grantRecertificationOn(CertificateView certificate, LocalDate day) {
        return grant(recertificationDecisionOn(certificate, day));
    }

    private DecisionView recertificationDecisionOn(CertificateView certificate, LocalDate day) {
        clock.setTo(day.atTime(11, 0).toInstant(ZoneOffset.UTC));
        return certification.open(Certification.auditCompleted(AuditType.RECERTIFICATION,
                certificate.clientId(), "Example Services GmbH", List.of(Standard.ISO_IEC_20000_1_2018), 0));
    }

    private static ValidatableResponse grant(DecisionView decision) {
        return given().contentType(ContentType.JSON).body(Map.of("rationale", "Recertification audit confirms conformity."))
                .when().post("/api/v1/decisions/{id}/grant", decision.id())
                .then();
    }
}
