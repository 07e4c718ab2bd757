package io.opencert.certificate.lifecycle;

import io.opencert.certificate.Certification;
import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.decision.DecisionStatus;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.certificate.CertificateExpiredV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** The daily job, run by an admin on the day the clock says: expiry, and withdrawal when a suspension ran out. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class LifecycleJobTest extends CertificationTestBase {
    private static final LocalDate DECISION = LocalDate.of(2026, 4, 20);

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void aSuspensionThatRanOutEndsInWithdrawal() {
        CertificateView certificate = certification.certifiedOn(DECISION);
        LocalDate suspendedOn = DECISION.plusMonths(13);
        suspend(certificate, suspendedOn, SuspensionReason.MISSED_SURVEILLANCE);
        LocalDate until = suspendedOn.plusMonths(6);

        assertThat(runOn(until).withdrawn(certificate)).as("last day of the suspension").isEmpty();
        assertThat(status(certificate)).isEqualTo("SUSPENDED");

        assertThat(runOn(until.plusDays(3)).withdrawn(certificate)).containsExactly(until.plusDays(1).toString());
        assertThat(status(certificate)).isEqualTo("WITHDRAWN");
        assertThat(runOn(until.plusDays(3)).withdrawn(certificate)).as("same day again").isEmpty();

        CertificateWithdrawnV1 withdrawn = CloudEvents.published(connector, CertificateWithdrawnV1.class,
                event -> event.certificateId().equals(certificate.id())).data();
        assertThat(withdrawn.withdrawnOn()).isEqualTo(until.plusDays(1));
        assertThat(withdrawn.reason()).contains("MISSED_SURVEILLANCE", until.toString());
        assertThat(certification.decisionsOf(certificate.clientId()))
                .filteredOn(decision -> decision.id().equals(withdrawn.decisionId())).singleElement()
                .satisfies(decision -> assertThat(decision.kind()).isEqualTo(DecisionKind.WITHDRAWAL))
                .satisfies(decision -> assertThat(decision.openedBy()).isEqualTo("rule:suspension-ran-out"))
                .satisfies(decision -> assertThat(decision.status()).isEqualTo(DecisionStatus.GRANTED));
        assertThat(CloudEvents.allPublished(connector, CertificateWithdrawnV1.class))
                .filteredOn(event -> event.data().certificateId().equals(certificate.id())).hasSize(1);
        assertThat(certification.history(certificate.id())).last()
                .satisfies(entry -> assertThat(entry.actor).isEqualTo("rule:suspension-ran-out"))
                .satisfies(entry -> assertThat(entry.action).isEqualTo("withdrawn"));

        given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200).body("status", is("WITHDRAWN"))
                .body("statusSince", is(until.plusDays(1).toString()));
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void certificatesExpireTheDayAfterTheirExpiryDateActiveOrSuspended() {
        CertificateView active = certification.certifiedOn(DECISION);
        CertificateView suspended = certification.certifiedOn(DECISION);
        LocalDate expiry = active.expiryDate();
        // suspended a month before expiry: the expiry comes before the end of the suspension
        suspend(suspended, expiry.minusMonths(1), SuspensionReason.CLIENT_REQUEST);

        Run lastDay = runOn(expiry);
        assertThat(lastDay.expired(active)).isEmpty();
        assertThat(lastDay.expired(suspended)).isEmpty();
        assertThat(status(active)).isEqualTo("ACTIVE");

        Run dayAfter = runOn(expiry.plusDays(1));
        assertThat(dayAfter.expired(active)).containsExactly(expiry.plusDays(1).toString());
        assertThat(dayAfter.expired(suspended)).containsExactly(expiry.plusDays(1).toString());
        assertThat(dayAfter.withdrawn(suspended)).isEmpty();
        assertThat(status(active)).isEqualTo("EXPIRED");
        assertThat(status(suspended)).isEqualTo("EXPIRED");
        assertThat(runOn(expiry.plusMonths(2)).expired(active)).as("expired once").isEmpty();

        for (CertificateView certificate : List.of(active, suspended)) {
            assertThat(CloudEvents.published(connector, CertificateExpiredV1.class,
                    event -> event.certificateId().equals(certificate.id())).data())
                    .isEqualTo(new CertificateExpiredV1(certificate.id(), certificate.number(), certificate.clientId(),
                            expiry, expiry.plusDays(1)));
        }
        assertThat(CloudEvents.allPublished(connector, CertificateWithdrawnV1.class))
                .noneMatch(event -> event.data().certificateId().equals(suspended.id()));
        given().when().get("/api/v1/public/certificates/{number}", suspended.number())
                .then().statusCode(200).body("status", is("EXPIRED"))
                .body("statusSince", is(expiry.plusDays(1).toString()));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void onlyAnAdminRunsTheJob() {
        given().when().post("/api/v1/admin/jobs/certificate-lifecycle").then().statusCode(403);
    }

    private record Run(JsonPath body) {
        List<String> expired(CertificateView certificate) {
            return body.getList("expired.findAll { it.certificateId == '" + certificate.id() + "' }.statusSince", String.class);
        }

        List<String> withdrawn(CertificateView certificate) {
            return body.getList("withdrawn.findAll { it.certificateId == '" + certificate.id() + "' }.statusSince", String.class);
        }
    }

    /** Runs the job as if it were 00:30 UTC on that day. */
    private Run runOn(LocalDate day) {
        clock.setTo(day.atTime(0, 30).toInstant(ZoneOffset.UTC));
        return new Run(given().when().post("/api/v1/admin/jobs/certificate-lifecycle")
                .then().statusCode(200)
                .body("runDate", is(day.toString()))
                .extract().jsonPath());
    }

    private void suspend(CertificateView certificate, LocalDate day, SuspensionReason reason) {
        clock.setTo(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
        certification.suspend(certificate.id(), reason, "test suspension");
    }

    private String status(CertificateView certificate) {
        return Certification.onVertx(() -> certificates.get(certificate.id())).status().name();
    }
}
