package io.opencert.certificate.certificate;

import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** Suspension, reinstatement and withdrawal by CB staff and decision-makers, with the lifecycle's refusals. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class CertificateLifecycleApiTest extends CertificationTestBase {
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 14);

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void staffSuspendAndReinstateWithTheReasonKeptOutOfThePublicRegister() {
        CertificateView certificate = certification.certifiedOn(TODAY.minusMonths(4));
        clock.setTo(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC));

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "MISSED_SURVEILLANCE", "note", "Surveillance audit 1 not held within 12 months"))
                .when().post("/api/v1/certificates/{id}/suspension", certificate.id())
                .then().statusCode(200)
                .body("status", is("SUSPENDED"))
                .body("statusSince", is(TODAY.toString()))
                .body("suspensionReason", is("MISSED_SURVEILLANCE"))
                .body("suspendedUntil", is("2027-03-14"))
                .body("expiryDate", is(certificate.expiryDate().toString()));

        CertificateSuspendedV1 suspended = CloudEvents.published(connector, CertificateSuspendedV1.class,
                event -> event.certificateId().equals(certificate.id())).data();
        assertThat(suspended).isEqualTo(new CertificateSuspendedV1(certificate.id(), certificate.number(),
                certificate.clientId(), "MISSED_SURVEILLANCE", TODAY, LocalDate.of(2027, 3, 14)));

        String register = given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200)
                .body("status", is("SUSPENDED"))
                .body("statusSince", is(TODAY.toString()))
                .extract().asString();
        assertThat(register).doesNotContain("MISSED_SURVEILLANCE", "Surveillance audit 1", "suspendedUntil", "reason");

        given().contentType(ContentType.JSON).body(Map.of("reason", "CLIENT_REQUEST", "note", "twice"))
                .when().post("/api/v1/certificates/{id}/suspension", certificate.id())
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is(Problem.type("suspend-only-active").toString()));

        clock.setTo(TODAY.plusDays(40).atTime(9, 0).toInstant(ZoneOffset.UTC));
        given().contentType(ContentType.JSON).body(Map.of("note", "Surveillance audit held, no major nonconformity"))
                .when().post("/api/v1/certificates/{id}/reinstatement", certificate.id())
                .then().statusCode(200)
                .body("status", is("ACTIVE"))
                .body("statusSince", is(TODAY.plusDays(40).toString()))
                .body("suspensionReason", nullValue())
                .body("suspendedUntil", nullValue());
        assertThat(CloudEvents.published(connector, CertificateReinstatedV1.class,
                event -> event.certificateId().equals(certificate.id())).data())
                .isEqualTo(new CertificateReinstatedV1(certificate.id(), certificate.number(), certificate.clientId(),
                        TODAY.plusDays(40), certificate.expiryDate()));

        given().contentType(ContentType.JSON).body(Map.of("note", "again"))
                .when().post("/api/v1/certificates/{id}/reinstatement", certificate.id())
                .then().statusCode(409)
                .body("type", is(Problem.type("reinstate-only-suspended").toString()));

        assertThat(certification.history(certificate.id()))
                .filteredOn(entry -> !entry.action.equals("issued"))
                .extracting(entry -> entry.actor, entry -> entry.action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("staff", "suspended"),
                        org.assertj.core.groups.Tuple.tuple("staff", "reinstated"));
        assertThat(certification.history(certificate.id()))
                .filteredOn(entry -> entry.action.equals("suspended")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.details).contains("MISSED_SURVEILLANCE", "2027-03-14",
                            "Surveillance audit 1 not held within 12 months");
                    assertThat(entry.at.toLocalDate()).isEqualTo(TODAY);
                });
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void aDecisionMakerWithdrawsASuspendedCertificateForGood() {
        CertificateView certificate = certification.certifiedOn(TODAY.minusMonths(5));
        clock.setTo(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "MISUSE_OF_MARK", "note", "Mark used on uncertified services"))
                .when().post("/api/v1/certificates/{id}/suspension", certificate.id())
                .then().statusCode(200).body("status", is("SUSPENDED"));

        clock.setTo(TODAY.plusDays(20).atTime(10, 0).toInstant(ZoneOffset.UTC));
        given().contentType(ContentType.JSON).body(Map.of("note", "Misuse continued after the suspension"))
                .when().post("/api/v1/certificates/{id}/withdrawal", certificate.id())
                .then().statusCode(200)
                .body("status", is("WITHDRAWN"))
                .body("statusSince", is(TODAY.plusDays(20).toString()))
                .body("suspensionReason", nullValue());

        assertThat(CloudEvents.published(connector, CertificateWithdrawnV1.class,
                event -> event.certificateId().equals(certificate.id())).data())
                .isEqualTo(new CertificateWithdrawnV1(certificate.id(), certificate.number(), certificate.clientId(),
                        "Misuse continued after the suspension", TODAY.plusDays(20)));

        for (String action : new String[]{"withdrawal", "reinstatement"}) {
            given().contentType(ContentType.JSON).body(Map.of("note", "too late"))
                    .when().post("/api/v1/certificates/{id}/" + action, certificate.id())
                    .then().statusCode(409)
                    .body("type", is(Problem.type(action.equals("withdrawal")
                            ? "withdraw-only-active-or-suspended" : "reinstate-only-suspended").toString()));
        }
        given().contentType(ContentType.JSON).body(Map.of("reason", "CLIENT_REQUEST", "note", "too late"))
                .when().post("/api/v1/certificates/{id}/suspension", certificate.id())
                .then().statusCode(409).body("type", is(Problem.type("suspend-only-active").toString()));

        String register = given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200)
                .body("status", is("WITHDRAWN"))
                .body("statusSince", is(TODAY.plusDays(20).toString()))
                .extract().asString();
        assertThat(register).doesNotContain("Misuse", "MISUSE_OF_MARK");
        assertThat(certification.history(certificate.id())).extracting(entry -> entry.action)
                .containsExactly("issued", "suspended", "withdrawn");
        assertThat(certification.history(certificate.id()).getLast())
                .satisfies(entry -> assertThat(entry.actor).isEqualTo("decider"))
                .satisfies(entry -> assertThat(entry.details).contains("Misuse continued after the suspension"));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void anActiveCertificateIsWithdrawnDirectlyAndBadInputChangesNothing() {
        CertificateView certificate = certification.certifiedOn(TODAY.minusMonths(2));
        clock.setTo(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC));

        given().contentType(ContentType.JSON).body(Map.of("reason", "NO_SUCH_REASON", "note", "x"))
                .when().post("/api/v1/certificates/{id}/suspension", certificate.id())
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("reason", "CLIENT_REQUEST", "note", " "))
                .when().post("/api/v1/certificates/{id}/suspension", certificate.id())
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("note", "x"))
                .when().post("/api/v1/certificates/{id}/withdrawal", UUID.randomUUID())
                .then().statusCode(404);
        given().when().get("/api/v1/certificates/{id}", certificate.id())
                .then().statusCode(200).body("status", is("ACTIVE")).body("version", is((int) certificate.version()));

        given().contentType(ContentType.JSON).body(Map.of("note", "The client ended the contract"))
                .when().post("/api/v1/certificates/{id}/withdrawal", certificate.id())
                .then().statusCode(200).body("status", is("WITHDRAWN")).body("statusSince", is(TODAY.toString()));
        assertThat(certification.history(certificate.id())).extracting(entry -> entry.action)
                .containsExactly("issued", "withdrawn");
    }

    @Test
    @TestSecurity(user = "client-user", roles = "client")
    void aClientUserMayNotSuspend() {
        CertificateView certificate = certification.certify(UUID.randomUUID()).certificate();

        given().contentType(ContentType.JSON).body(Map.of("reason", "CLIENT_REQUEST", "note", "please"))
                .when().post("/api/v1/certificates/{id}/suspension", certificate.id())
                .then().statusCode(403);
        assertThat(certification.history(certificate.id())).extracting(entry -> entry.action).containsExactly("issued");
    }

}
