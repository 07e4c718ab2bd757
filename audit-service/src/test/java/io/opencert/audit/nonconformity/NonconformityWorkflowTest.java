package io.opencert.audit.nonconformity;

import io.opencert.audit.Bookings;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.audit.NonconformitiesClosedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class NonconformityWorkflowTest {
    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, String> ANSWER = Map.of("correction", "CHG-1042 reviewed and approved retroactively.",
            "rootCause", "Emergency changes bypassed the change advisory board.",
            "correctiveAction", "An emergency CAB approves every emergency change within 24 hours.");

    @Inject
    Bookings bookings;

    @Inject
    AdjustableClock clock;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "c1a00000-0000-4000-8000-000000000001"))
    void theClientsUserAnswersANonconformityWithCorrectionRootCauseAndCorrectiveAction() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        UUID nc = bookings.nonconformity(booked.auditId(), FindingGrade.MINOR_NONCONFORMITY);
        UUID observation = bookings.nonconformity(booked.auditId(), FindingGrade.OBSERVATION);

        given().get("/api/v1/audits/{id}/nonconformities", booked.auditId())
                .then().statusCode(200)
                .body("id", contains(nc.toString()))
                .body("[0].nonconformity.status", equalTo("AWAITING_RESPONSE"))
                .body("[0].nonconformity.responseDue", equalTo(clock.today().plusDays(30).toString()));

        respond(booked, nc, ANSWER).then().statusCode(200)
                .body("nonconformity.status", equalTo("RESPONDED"))
                .body("nonconformity.correction", equalTo(ANSWER.get("correction")))
                .body("nonconformity.rootCause", equalTo(ANSWER.get("rootCause")))
                .body("nonconformity.correctiveAction", equalTo(ANSWER.get("correctiveAction")))
                .body("nonconformity.respondedBy", equalTo("client-a"))
                .body("nonconformity.respondedAt", notNullValue())
                .body("version", equalTo(1));
        respond(booked, nc, ANSWER).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/nonconformity-workflow"));
        respond(booked, observation, ANSWER).then().statusCode(404).contentType(PROBLEM);
        respond(booked, nc, Map.of("correction", "Done.")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("correctiveAction", "rootCause"));
        given().post("/api/v1/audits/{id}/nonconformities/{nc}/verification", booked.auditId(), nc)
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "client-b", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "c1b00000-0000-4000-8000-000000000002"))
    void anotherOrganisationNeitherSeesNorAnswersTheNonconformities() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        UUID nc = bookings.nonconformity(booked.auditId(), FindingGrade.MAJOR_NONCONFORMITY);

        given().get("/api/v1/audits/{id}/nonconformities", booked.auditId()).then().statusCode(404).contentType(PROBLEM);
        respond(booked, nc, ANSWER).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void theTeamReturnsAnInsufficientAnswerAndAcceptsTheNextOne() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        UUID nc = bookings.nonconformity(booked.auditId(), FindingGrade.MINOR_NONCONFORMITY);
        bookings.answerNonconformity(nc);

        step(booked, nc, "return", Map.of()).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("note"));
        step(booked, nc, "return", Map.of("note", "The root cause names no cause.")).then().statusCode(200)
                .body("nonconformity.status", equalTo("RETURNED"))
                .body("nonconformity.reviewNote", equalTo("The root cause names no cause."))
                .body("nonconformity.reviewedBy", equalTo(Bookings.MEMBER));
        step(booked, nc, "verification", Map.of()).then().statusCode(409)
                .body("type", equalTo("https://opencert.io/problems/nonconformity-workflow"));

        bookings.answerNonconformity(nc);
        step(booked, nc, "acceptance", Map.of()).then().statusCode(200).body("nonconformity.status", equalTo("ACCEPTED"));
        step(booked, nc, "verification", Map.of()).then().statusCode(200)
                .body("nonconformity.status", equalTo("VERIFIED"))
                .body("nonconformity.verifiedBy", equalTo(Bookings.MEMBER))
                .body("nonconformity.verifiedOn", equalTo(clock.today().toString()));
        assertThat(bookings.history("Finding", nc)).extracting(entry -> entry.action).containsExactly(
                "nonconformity-answer-returned", "nonconformity-answer-accepted", "nonconformity-verified");
    }

    @Test
    @TestSecurity(user = Bookings.OUTSIDER, roles = "auditor")
    void anAuditorOffTheTeamDoesNotReviewNonconformities() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        UUID nc = bookings.nonconformity(booked.auditId(), FindingGrade.MINOR_NONCONFORMITY);
        bookings.answerNonconformity(nc);

        step(booked, nc, "acceptance", Map.of()).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void theVerifiedMajorAndTheAcceptedPlanOfTheMinorLetTheDecisionProceedOnce() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        UUID major = bookings.nonconformity(booked.auditId(), FindingGrade.MAJOR_NONCONFORMITY);
        UUID minor = bookings.nonconformity(booked.auditId(), FindingGrade.MINOR_NONCONFORMITY);
        complete(booked);
        for (UUID nc : new UUID[]{major, minor}) {
            bookings.answerNonconformity(nc);
        }

        step(booked, minor, "acceptance", Map.of("note", "Plausible.")).then().statusCode(200);
        step(booked, major, "acceptance", Map.of("note", "Plausible.")).then().statusCode(200);
        assertThat(bookings.recorded(booked.auditId(), NonconformitiesClosedV1.class)).isEmpty();
        step(booked, major, "verification", Map.of()).then().statusCode(200);

        NonconformitiesClosedV1 event = CloudEvents.published(connector, NonconformitiesClosedV1.class,
                e -> e.auditId().equals(booked.auditId())).data();
        assertThat(event.verifiedNonconformities()).isEqualTo(1);
        assertThat(event.type()).isEqualTo(AuditType.STAGE_2);
        assertThat(event.programmeId()).isEqualTo(booked.programmeId());
        assertThat(event.clientId()).isEqualTo(booked.clientId());
        assertThat(event.closedOn()).isEqualTo(clock.today());
        given().get("/api/v1/audits/{id}", booked.auditId()).then()
                .body("stage2Repetition.required", equalTo(false))
                .body("stage2Repetition.deadline", equalTo(booked.endDate().plusMonths(6).toString()));

        // the minor one's verification may follow (at the next audit): it settles nothing new
        step(booked, minor, "verification", Map.of()).then().statusCode(200);
        assertThat(bookings.recorded(booked.auditId(), NonconformitiesClosedV1.class)).hasSize(1);
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void theAcceptedPlanOfTheLastMinorNonconformityLetsTheDecisionProceedBeforeItsVerification() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        UUID first = bookings.nonconformity(booked.auditId(), FindingGrade.MINOR_NONCONFORMITY);
        UUID second = bookings.nonconformity(booked.auditId(), FindingGrade.MINOR_NONCONFORMITY);
        complete(booked);
        bookings.answerNonconformity(first);
        bookings.answerNonconformity(second);

        step(booked, first, "acceptance", Map.of()).then().statusCode(200);
        step(booked, second, "return", Map.of("note", "The root cause names no cause.")).then().statusCode(200);
        assertThat(bookings.recorded(booked.auditId(), NonconformitiesClosedV1.class)).isEmpty();
        bookings.answerNonconformity(second);
        step(booked, second, "acceptance", Map.of()).then().statusCode(200)
                .body("nonconformity.status", equalTo("ACCEPTED"));

        assertThat(bookings.recorded(booked.auditId(), NonconformitiesClosedV1.class)).singleElement()
                .satisfies(closed -> {
                    assertThat(closed.verifiedNonconformities()).isZero();
                    assertThat(closed.closedOn()).isEqualTo(clock.today());
                });
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void aMajorOfStage2VerifiedAfterTheSixMonthsDoesNotLetTheDecisionProceed() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        UUID major = bookings.nonconformity(booked.auditId(), FindingGrade.MAJOR_NONCONFORMITY);
        complete(booked);
        bookings.answerNonconformity(major);
        step(booked, major, "acceptance", Map.of()).then().statusCode(200);

        clock.advance(Duration.ofDays(200));
        try {
            step(booked, major, "verification", Map.of()).then().statusCode(200)
                    .body("nonconformity.status", equalTo("VERIFIED"));
            given().get("/api/v1/audits/{id}", booked.auditId()).then()
                    .body("stage2Repetition.required", equalTo(true));
        } finally {
            clock.reset();
        }
        assertThat(bookings.recorded(booked.auditId(), NonconformitiesClosedV1.class)).isEmpty();
        assertThat(bookings.history("Audit", booked.auditId())).extracting(entry -> entry.action)
                .contains("stage-2-repetition-required");
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void aMajorNonconformityVerifiedBeforeCompletionIsNoLongerOpenAndAllowsCertify() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        UUID major = bookings.nonconformity(booked.auditId(), FindingGrade.MAJOR_NONCONFORMITY);
        bookings.answerNonconformity(major);
        step(booked, major, "acceptance", Map.of()).then().statusCode(200);
        step(booked, major, "verification", Map.of()).then().statusCode(200);
        bookings.answerChecklist(booked.auditId());

        given().contentType(ContentType.JSON)
                .body(Map.of("recommendation", "CERTIFY", "lastDayOnSite", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId()).then().statusCode(200);

        AuditCompletedV1 completed = CloudEvents.published(connector, AuditCompletedV1.class,
                e -> e.auditId().equals(booked.auditId())).data();
        assertThat(completed.findingCounts()).containsEntry(FindingGrade.MAJOR_NONCONFORMITY, 1);
        assertThat(completed.openMajorNonconformities()).isZero();
        // the verification came before the completion: the relay, keeping the order, would have sent it by now
        assertThat(closed(booked)).isZero();
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void aMajorNonconformityNotVerifiedWithinSixMonthsOfStage2ForcesARepeatedStage2() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        bookings.nonconformity(booked.auditId(), FindingGrade.MAJOR_NONCONFORMITY);
        complete(booked);
        given().get("/api/v1/audits/{id}", booked.auditId()).then().body("stage2Repetition.required", equalTo(false));

        clock.advance(Duration.ofDays(200));
        try {
            given().get("/api/v1/audits/{id}", booked.auditId()).then().statusCode(200)
                    .body("stage2Repetition.deadline", equalTo(booked.endDate().plusMonths(6).toString()))
                    .body("stage2Repetition.required", equalTo(true));
        } finally {
            clock.reset();
        }
    }

    private void complete(AuditScheduledV1 booked) throws Throwable {
        bookings.answerChecklist(booked.auditId());
        given().contentType(ContentType.JSON)
                .body(Map.of("recommendation", "CERTIFY_AFTER_NONCONFORMITY_CLOSURE", "lastDayOnSite", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId()).then().statusCode(200);
    }

    private long closed(AuditScheduledV1 booked) {
        return CloudEvents.allPublished(connector, NonconformitiesClosedV1.class).stream()
                .filter(published -> published.data().auditId().equals(booked.auditId())).count();
    }

    private static Response respond(AuditScheduledV1 booked, UUID nc, Map<String, String> answer) {
        return given().contentType(ContentType.JSON).body(answer)
                .put("/api/v1/audits/{id}/nonconformities/{nc}/response", booked.auditId(), nc);
    }

    private static Response step(AuditScheduledV1 booked, UUID nc, String step, Map<String, String> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/audits/{id}/nonconformities/{nc}/" + step, booked.auditId(), nc);
    }
}
