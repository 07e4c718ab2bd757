package io.opencert.certificate.complaint;

import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.complaint.dto.ComplaintView;
import io.opencert.events.certificate.ComplaintAcknowledgedV1;
import io.opencert.events.certificate.ComplaintClosedV1;
import io.opencert.events.certificate.ComplaintDecidedV1;
import io.opencert.events.certificate.ComplaintInvestigatorAssignedV1;
import io.opencert.events.certificate.ComplaintReceivedV1;
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
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * A complaint about a certified client, handled by the body's staff from receipt to closure, by people not involved
 * in its subject; the register with its deadlines.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class ComplaintWorkflowTest extends CertificationTestBase {
    private static final String PROBLEMS = "https://opencert.io/problems/";

    @Inject
    Handlings handlings;

    @Test
    @TestSecurity(user = "head", roles = {"cb-staff", "decision-maker"})
    void aComplaintAboutACertifiedClientIsHandledByPeopleNotInvolvedInIt() {
        CertificateView certificate = certification.certify(UUID.randomUUID(), "Nordlicht IT Services GmbH");

        String id = given().contentType(ContentType.JSON).body(Map.of("complainantName", "Maria Beispiel",
                        "complainantEmail", Handlings.COMPLAINANT_EMAIL, "about", "CERTIFIED_CLIENT",
                        "certificateNumber", certificate.number().toLowerCase(),
                        "description", "Told by phone: the certified service desk leaves incidents unanswered."))
                .when().post("/api/v1/complaints")
                .then().statusCode(201)
                .body("clientId", is(certificate.clientId().toString()))
                .body("filedBy", is("head"))
                .body("handling.status", is("RECEIVED"))
                .body("statusPage", containsString("/register/complaints/"))
                .extract().path("id");
        step(id, "acknowledgement", null).statusCode(200)
                .body("handling.status", is("ACKNOWLEDGED")).body("handling.acknowledgedBy", is("head"));

        // the lead auditor of its audit and the decision-maker of its certification are involved
        for (String involved : new String[]{"auditor1", "Decider"}) {
            step(id, "investigator", Map.of("investigator", involved)).statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", is(PROBLEMS + "handler-involved-in-complaint"))
                    .body("detail", containsString(involved + " was involved"));
        }
        step(id, "investigator", Map.of("investigator", "quality")).statusCode(200)
                .body("handling.status", is("UNDER_INVESTIGATION")).body("handling.investigator", is("quality"));
        step(id, "decision", Map.of("upheld", true, "outcome", "A special audit of the service desk will be held.",
                "rationale", "Three unanswered incidents were confirmed.")).statusCode(200)
                .body("handling.status", is("DECIDED")).body("handling.upheld", is(true))
                .body("handling.decidedBy", is("head"))
                .body("handling.outcome", is("A special audit of the service desk will be held."));
        step(id, "closure", null).statusCode(200).body("handling.status", is("CLOSED"));
        step(id, "closure", null).statusCode(409).body("type", is(PROBLEMS + "handling-step-out-of-order"));

        UUID complaint = UUID.fromString(id);
        assertThat(certification.awaitPublished(complaint, "cb.certificate.complaint-received.v1",
                ComplaintReceivedV1.class)).singleElement().satisfies(received -> {
                    assertThat(received.complainantEmail()).isEqualTo(Handlings.COMPLAINANT_EMAIL);
                    assertThat(received.clientId()).isEqualTo(certificate.clientId());
                    assertThat(received.about()).isEqualTo("CERTIFIED_CLIENT");
                });
        assertThat(certification.awaitPublished(complaint, "cb.certificate.complaint-acknowledged.v1",
                ComplaintAcknowledgedV1.class)).singleElement()
                .satisfies(acknowledged -> assertThat(acknowledged.complainantName()).isEqualTo("Maria Beispiel"));
        assertThat(certification.awaitPublished(complaint, "cb.certificate.complaint-investigator-assigned.v1",
                ComplaintInvestigatorAssignedV1.class)).singleElement()
                .satisfies(assigned -> assertThat(assigned.investigator()).isEqualTo("quality"));
        assertThat(certification.awaitPublished(complaint, "cb.certificate.complaint-decided.v1",
                ComplaintDecidedV1.class)).singleElement().satisfies(decided -> {
                    assertThat(decided.upheld()).isTrue();
                    assertThat(decided.complainantEmail()).isEqualTo(Handlings.COMPLAINANT_EMAIL);
                    assertThat(decided.outcome()).isEqualTo("A special audit of the service desk will be held.");
                });
        assertThat(certification.awaitPublished(complaint, "cb.certificate.complaint-closed.v1", ComplaintClosedV1.class))
                .hasSize(1);
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void whoDecidedOnTheClientOrInvestigatedTheComplaintDoesNotDecideIt() {
        CertificateView certificate = certification.certify(UUID.randomUUID(), "Nordlicht IT Services GmbH");
        ComplaintView aboutClient = handlings.investigated(handlings.file(certificate.number()), "quality");
        ComplaintView aboutBody = handlings.investigated(handlings.file(null), "decider");

        step(aboutClient.id().toString(), "decision", decision()).statusCode(409)
                .body("type", is(PROBLEMS + "handler-involved-in-complaint"));
        step(aboutBody.id().toString(), "decision", decision()).statusCode(409)
                .body("type", is(PROBLEMS + "decider-investigated"))
                .body("detail", containsString("decider investigated this matter"));
        given().when().get("/api/v1/complaints/{id}", aboutBody.id())
                .then().statusCode(200).body("handling.status", is("UNDER_INVESTIGATION"))
                .body("handling.decidedBy", nullValue());
    }

    @Test
    @TestSecurity(user = "office", roles = "cb-staff")
    void theRegisterShowsAgeAndOverdueFromTheDeadlines() {
        Instant received = Instant.parse("2031-03-02T09:00:00Z");
        clock.setTo(received);
        ComplaintView acknowledgedLate = handlings.file(null);
        ComplaintView neverAcknowledged = handlings.file(null);
        Instant receipt = acknowledgedLate.handling().receivedAt(); // the clock runs on from where it was set
        assertThat(acknowledgedLate.handling().acknowledgeBy()).isEqualTo(receipt.plus(Duration.ofDays(5)));
        assertThat(acknowledgedLate.handling().decideBy()).isEqualTo(receipt.plus(Duration.ofDays(60)));

        clock.setTo(receipt.plus(Duration.ofDays(5)).minusSeconds(60));
        register(true).body("items.reference", not(hasItem(acknowledgedLate.reference())));

        clock.setTo(receipt.plus(Duration.ofDays(6)));
        register(true).body("items.reference", hasItem(acknowledgedLate.reference()))
                .body("items.find { it.reference == '%s' }.handling.ageInDays".formatted(acknowledgedLate.reference()),
                        is(6))
                .body("items.find { it.reference == '%s' }.handling.overdue".formatted(acknowledgedLate.reference()),
                        is(true));
        step(acknowledgedLate.id().toString(), "acknowledgement", null).statusCode(200)
                .body("handling.overdue", is(false));
        register(true).body("items.reference", not(hasItem(acknowledgedLate.reference())))
                .body("items.reference", hasItem(neverAcknowledged.reference()));
        register(false).body("items.reference", hasItem(acknowledgedLate.reference()));
        given().queryParam("status", "ACKNOWLEDGED").queryParam("size", 100).when().get("/api/v1/complaints")
                .then().statusCode(200).body("items.handling.status", not(hasItem("RECEIVED")))
                .body("items.reference", hasItem(acknowledgedLate.reference()));

        // acknowledged, but not decided within 60 days
        clock.setTo(receipt.plus(Duration.ofDays(61)));
        register(true).body("items.reference", hasItem(acknowledgedLate.reference()));
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void onlyTheBodysOfficeAndDecisionMakersSeeTheRegister() {
        given().when().get("/api/v1/complaints").then().statusCode(403);
        step(UUID.randomUUID().toString(), "acknowledgement", null).statusCode(403);
    }

    @Test
    void withoutATokenTheRegisterIsClosed() {
        given().when().get("/api/v1/complaints").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("investigator", "quality"))
                .when().post("/api/v1/complaints/{id}/investigator", UUID.randomUUID()).then().statusCode(401);
    }

    private static Map<String, Object> decision() {
        return Map.of("upheld", false, "outcome", "The service desk answered within its agreed times.",
                "rationale", "The ticket history shows answers within 4 hours.");
    }

    private static ValidatableResponse register(boolean overdue) {
        return given().queryParam("overdue", overdue).queryParam("size", 100)
                .when().get("/api/v1/complaints").then().statusCode(200);
    }

    private static ValidatableResponse step(String id, String step, Map<String, ?> body) {
        return Handlings.post("/api/v1/complaints/{id}/" + step, id, body);
    }
}
