package io.opencert.certificate.complaint;

import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.complaint.dto.AppealView;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.events.certificate.AppealDecidedV1;
import io.opencert.events.certificate.AppealLodgedV1;
import io.opencert.events.model.AuditType;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.opencert.certificate.Certification.auditCompleted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A client appeals a certification decision on it; people who took no part in the decision handle the appeal, and an
 * upheld one opens the corrective decision.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class AppealWorkflowTest extends CertificationTestBase {
    private static final String PROBLEMS = "https://opencert.io/problems/";
    private static final String CLIENT_A = "c1a00000-0000-4000-8000-0000000000a9";
    private static final String CLIENT_B = "c1b00000-0000-4000-8000-0000000000b9";

    @Inject
    Handlings handlings;

    @Test
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = CLIENT_A))
    void aClientAppealsARefusalOfItsOwnOnce() {
        DecisionView refused = refusedCertification(UUID.fromString(CLIENT_A));
        DecisionView foreign = refusedCertification(UUID.fromString(CLIENT_B));

        String id = lodge(refused.id()).statusCode(201)
                .body("clientId", is(CLIENT_A)).body("decisionId", is(refused.id().toString()))
                .body("lodgedBy", is("client-a")).body("handling.status", is("RECEIVED"))
                .body("reference", containsString("A-"))
                .extract().path("id");
        lodge(refused.id()).statusCode(409).contentType("application/problem+json")
                .body("type", is(PROBLEMS + "decision-already-appealed"));
        lodge(foreign.id()).statusCode(404).body("detail", is("Certification decision " + foreign.id() + " not found."));
        AppealView othersAppeal = handlings.lodge(foreign.id());

        given().when().get("/api/v1/appeals/{id}", id).then().statusCode(200).body("grounds", is("Misread evidence."));
        given().when().get("/api/v1/appeals/{id}", othersAppeal.id()).then().statusCode(404);
        given().queryParam("size", 100).when().get("/api/v1/appeals").then().statusCode(200)
                .body("items.clientId", everyItem(is(CLIENT_A))).body("items.id", hasItem(id));
        given().when().post("/api/v1/appeals/{id}/acknowledgement", id).then().statusCode(403);

        assertThat(certification.awaitPublished(UUID.fromString(id), "cb.certificate.appeal-lodged.v1",
                AppealLodgedV1.class)).singleElement().satisfies(lodged -> {
                    assertThat(lodged.appellantEmail()).isEqualTo("jonas@nordlicht.example");
                    assertThat(lodged.decisionId()).isEqualTo(refused.id());
                });
    }

    @Test
    @TestSecurity(user = "head", roles = {"cb-staff", "decision-maker"})
    void anUpheldAppealAgainstARefusalOpensTheCertificationAgain() {
        DecisionView refused = refusedCertification(UUID.randomUUID());
        String id = lodge(refused.id()).statusCode(201).body("lodgedBy", is("head")).extract().path("id");
        step(id, "acknowledgement", null).statusCode(200).body("handling.status", is("ACKNOWLEDGED"));

        for (String involved : new String[]{"auditor2", "decider"}) {
            step(id, "investigator", Map.of("investigator", involved)).statusCode(409)
                    .body("type", is(PROBLEMS + "handler-involved-in-appeal"))
                    .body("detail", containsString(involved + " was involved"));
        }
        step(id, "investigator", Map.of("investigator", "quality")).statusCode(200);
        String corrective = step(id, "decision", Map.of("upheld", true, "outcome", "The refusal is reconsidered.",
                        "rationale", "The change records were on file."))
                .statusCode(200).body("handling.status", is("DECIDED")).body("handling.upheld", is(true))
                .body("correctiveDecisionId", notNullValue())
                .extract().path("correctiveDecisionId");

        given().when().get("/api/v1/decisions/{id}", corrective).then().statusCode(200)
                .body("kind", is("CERTIFICATION")).body("status", is("OPEN"))
                .body("auditId", is(refused.auditId().toString()))
                .body("openedBy", is("head")).body("reconsiders", is(refused.id().toString()))
                .body("reason", containsString("upheld: The refusal is reconsidered."));
        assertThat(certification.awaitPublished(UUID.fromString(id), "cb.certificate.appeal-decided.v1",
                AppealDecidedV1.class)).singleElement().satisfies(decided -> {
                    assertThat(decided.correctiveDecisionId()).hasToString(corrective);
                    assertThat(decided.appellantEmail()).isEqualTo("jonas@nordlicht.example");
                    assertThat(decided.outcome()).isEqualTo("The refusal is reconsidered.");
                });
        step(id, "closure", null).statusCode(200).body("handling.status", is("CLOSED"));
    }

    @Test
    @TestSecurity(user = "head", roles = {"cb-staff", "decision-maker"})
    void anUpheldAppealAgainstASuspensionOpensTheReinstatement() {
        CertificateView certificate = certification.certify(UUID.randomUUID()).certificate();
        certification.suspend(certificate.id(), SuspensionReason.MISUSE_OF_MARK, "Mark used on a product");
        DecisionView suspension = certification.decisionsOf(certificate.clientId()).stream()
                .filter(decision -> decision.kind() == DecisionKind.SUSPENSION).findFirst().orElseThrow();
        AppealView appeal = handlings.investigated(handlings.lodge(suspension.id()), "quality");

        String corrective = step(appeal.id().toString(), "decision", Map.of("upheld", true,
                        "outcome", "The mark was used correctly.", "rationale", "The brochure shows the mark rightly."))
                .statusCode(200).extract().path("correctiveDecisionId");

        given().when().get("/api/v1/decisions/{id}", corrective).then().statusCode(200)
                .body("kind", is("REINSTATEMENT")).body("status", is("OPEN"))
                .body("certificateId", is(certificate.id().toString()));
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void whoMadeTheAppealedDecisionDoesNotDecideTheAppeal() {
        dismissingAnAppealInvestigatedByQuality().statusCode(409)
                .body("type", is(PROBLEMS + "handler-involved-in-appeal"));
    }

    @Test
    @TestSecurity(user = "quality", roles = "decision-maker")
    void theInvestigatorDoesNotDecideTheAppeal() {
        dismissingAnAppealInvestigatedByQuality().statusCode(409).body("type", is(PROBLEMS + "decider-investigated"));
    }

    @Test
    @TestSecurity(user = "office", roles = "cb-staff")
    void anAppealComesWithinItsPeriodAndIsOverdueAfterItsDeadlines() {
        Instant decided = Instant.parse("2031-06-02T10:00:00Z");
        clock.setTo(decided);
        DecisionView late = refusedCertification(UUID.randomUUID());
        DecisionView timely = refusedCertification(UUID.randomUUID());
        DecisionView granted = certification.certify(UUID.randomUUID()).decision();

        clock.setTo(decided.plus(Duration.ofDays(31)));
        lodge(late.id()).statusCode(409).body("type", is(PROBLEMS + "appeal-period-passed"))
                .body("detail", containsString("until 2031-07-02"));
        clock.setTo(decided.plus(Duration.ofDays(30)));
        lodge(granted.id()).statusCode(409).body("type", is(PROBLEMS + "decision-not-appealable"));
        ExtractableResponse<Response> lodged = lodge(timely.id()).statusCode(201).extract();
        String reference = lodged.path("reference");

        clock.setTo(Instant.parse(lodged.path("handling.receivedAt")).plus(Duration.ofDays(6)));
        given().queryParam("overdue", true).queryParam("status", "RECEIVED").queryParam("size", 100)
                .when().get("/api/v1/appeals").then().statusCode(200)
                .body("items.reference", hasItem(reference))
                .body("items.find { it.reference == '%s' }.handling.ageInDays".formatted(reference), is(6));
    }

    @Test
    void withoutATokenNobodyAppeals() {
        given().contentType(ContentType.JSON).body(Map.of("decisionId", UUID.randomUUID(), "appellantName", "x",
                "appellantEmail", "x@example.org", "grounds", "x")).when().post("/api/v1/appeals")
                .then().statusCode(401);
        given().when().get("/api/v1/appeals").then().statusCode(401);
    }

    /** The test's user decides, not upholding it, an appeal against a refusal by "decider" that "quality" investigated. */
    private ValidatableResponse dismissingAnAppealInvestigatedByQuality() {
        AppealView appeal = handlings.investigated(handlings.lodge(refusedCertification(UUID.randomUUID()).id()),
                "quality");
        return step(appeal.id().toString(), "decision", Map.of("upheld", false, "outcome", "The refusal stands.",
                "rationale", "The change records did not show the reviews."));
    }

    private DecisionView refusedCertification(UUID clientId) {
        return handlings.refused(certification.open(auditCompleted(AuditType.STAGE_2, clientId, 0)));
    }

    private static ValidatableResponse lodge(UUID decisionId) {
        return given().contentType(ContentType.JSON).body(Map.of("decisionId", decisionId,
                        "appellantName", "Jonas Nordlicht", "appellantEmail", "jonas@nordlicht.example",
                        "grounds", "Misread evidence."))
                .when().post("/api/v1/appeals").then();
    }

    private static ValidatableResponse step(String id, String step, Map<String, ?> body) {
        return Handlings.post("/api/v1/appeals/{id}/" + step, id, body);
    }
}
