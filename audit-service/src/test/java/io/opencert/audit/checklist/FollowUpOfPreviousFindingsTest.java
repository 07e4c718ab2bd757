package io.opencert.audit.checklist;

import io.opencert.audit.Bookings;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.model.AuditType;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * Surveillance, recertification and a repeated stage 2 follow up what the client's previous audits found: one
 * checklist item per finding, answered like any other before the audit can be completed.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
@TestSecurity(user = Bookings.LEAD, roles = "auditor")
class FollowUpOfPreviousFindingsTest {
    private static final String PREVIOUS_FINDINGS = "findAll { it.section == 'PREVIOUS_FINDINGS' }";

    @Inject
    Bookings bookings;

    @Inject
    AdjustableClock clock;

    @Test
    void aSurveillanceFollowsUpTheOpenNonconformityOfTheStage2InItsChecklistAndBundle() throws Throwable {
        UUID client = UUID.randomUUID();
        LocalDate today = clock.today();
        AuditScheduledV1 stage2 = bookings.book(bookings.ofOwnClient(client, AuditType.STAGE_2, today.minusDays(40)));
        String nonconformity = record(stage2, "MINOR_NONCONFORMITY", "8.5.1", "CHG-1042 was deployed\n without approval.");
        record(stage2, "STRENGTH", "8.6.1", "Incident reviews are thorough.");
        String observation = record(stage2, "OBSERVATION", "7.5", "Document control relies on e-mail.");
        complete(stage2, "CERTIFY");

        // on site yesterday and today: the team completes it on its last day on site
        AuditScheduledV1 surveillance = bookings.book(bookings.ofOwnClient(client, AuditType.SURVEILLANCE,
                today.minusDays(1)));

        given().get("/api/v1/audits/{id}/checklist", surveillance.auditId())
                .then().statusCode(200)
                .body("", hasSize(2 + 45))
                .body(PREVIOUS_FINDINGS + ".followsUp", contains(nonconformity, observation))
                .body(PREVIOUS_FINDINGS + ".clause", contains("8.5.1", "7.5"))
                .body(PREVIOUS_FINDINGS + ".position", contains(1, 2))
                .body("[0].title", equalTo("Minor nonconformity of the stage 2 audit of " + stage2.startDate()
                        + ": CHG-1042 was deployed without approval."))
                .body("[0].answer", nullValue())
                .body("[2].section", equalTo("SMS_REQUIREMENTS"))
                .body("[2].clause", equalTo("4.1"))
                .body("[2].followsUp", nullValue());
        given().get("/api/v1/auditor/audits/{id}/bundle", surveillance.auditId())
                .then().statusCode(200)
                .body("checklist[0].followsUp", equalTo(nonconformity))
                .body("previousFindings.id", containsInAnyOrder(nonconformity, observation))
                .body("previousFindings.find { it.id == '" + nonconformity + "' }.auditId", equalTo(stage2.auditId().toString()))
                .body("previousFindings.find { it.id == '" + nonconformity + "' }.nonconformity.status",
                        equalTo("AWAITING_RESPONSE"));

        bookings.answerCatalogueItems(surveillance.auditId());
        completion(surveillance, "CONTINUE").then().statusCode(409)
                .body("type", equalTo("https://opencert.io/problems/checklist-unanswered"))
                .body("detail", containsString("2 checklist item(s)"));
        answer(surveillance, 0, "NONCONFORMING", "CHG-1042 still has no approval record.");
        answer(surveillance, 1, "CONFORMING", "Document control moved to the DMS.");
        completion(surveillance, "CONTINUE").then().statusCode(200).body("status", equalTo("COMPLETED"));
    }

    @Test
    void anOpenNonconformityIsFollowedUpAtEverySurveillanceUntilVerifiedAVerifiedOneOnlyByTheNextAudit() throws Throwable {
        UUID client = UUID.randomUUID();
        LocalDate today = clock.today();
        AuditScheduledV1 stage2 = bookings.book(bookings.ofOwnClient(client, AuditType.STAGE_2, today.minusDays(60)));
        String open = record(stage2, "MINOR_NONCONFORMITY", "8.5.1", "CHG-1042 was deployed without approval.");
        String verified = record(stage2, "MINOR_NONCONFORMITY", "8.3.3", "SLA reviews were skipped.");
        complete(stage2, "CERTIFY");
        verify(stage2, verified);
        AuditScheduledV1 first = bookings.book(bookings.ofOwnClient(client, AuditType.SURVEILLANCE, today.minusDays(30)));
        String observation = record(first, "OBSERVATION", "9.4", "Service reports show no trends.");
        given().get("/api/v1/audits/{id}/checklist", first.auditId())
                .then().body(PREVIOUS_FINDINGS + ".followsUp", contains(open, verified));
        complete(first, "CONTINUE");

        AuditScheduledV1 second = bookings.book(bookings.ofOwnClient(client, AuditType.RECERTIFICATION, today));

        given().get("/api/v1/audits/{id}/checklist", second.auditId())
                .then().statusCode(200)
                .body(PREVIOUS_FINDINGS + ".followsUp", contains(open, observation))
                .body("[1].title", equalTo("Observation of the surveillance audit of " + first.startDate()
                        + ": Service reports show no trends."));
        given().get("/api/v1/auditor/audits/{id}/bundle", second.auditId())
                .then().statusCode(200)
                .body("previousFindings.id", containsInAnyOrder(open, observation));
    }

    @Test
    void aStage2RepeatedUnderTheSixMonthRuleFollowsUpTheStage2ItRepeats() throws Throwable {
        UUID client = UUID.randomUUID();
        LocalDate today = clock.today();
        AuditScheduledV1 missed = bookings.book(bookings.ofOwnClient(client, AuditType.STAGE_2, today.minusDays(220)));
        String major = record(missed, "MAJOR_NONCONFORMITY", "8.7.2", "The continuity plan was never tested.");
        complete(missed, "CERTIFY_AFTER_NONCONFORMITY_CLOSURE");
        given().get("/api/v1/audits/{id}", missed.auditId()).then().body("stage2Repetition.required", equalTo(true));

        AuditScheduledV1 repeated = bookings.book(bookings.ofOwnClient(client, AuditType.STAGE_2, today));

        given().get("/api/v1/audits/{id}/checklist", repeated.auditId())
                .then().statusCode(200)
                .body("", hasSize(1 + 45))
                .body("[0].followsUp", equalTo(major))
                .body("[0].title", equalTo("Major nonconformity of the stage 2 audit of " + missed.startDate()
                        + ": The continuity plan was never tested."));
    }

    @Test
    void aStage2AfterAStage2WithinTheSixMonthsFollowsUpNothing() throws Throwable {
        UUID client = UUID.randomUUID();
        LocalDate today = clock.today();
        AuditScheduledV1 stage2 = bookings.book(bookings.ofOwnClient(client, AuditType.STAGE_2, today.minusDays(20)));
        record(stage2, "MAJOR_NONCONFORMITY", "8.7.2", "The continuity plan was never tested.");
        complete(stage2, "CERTIFY_AFTER_NONCONFORMITY_CLOSURE");

        AuditScheduledV1 another = bookings.book(bookings.ofOwnClient(client, AuditType.STAGE_2, today));

        given().get("/api/v1/audits/{id}/checklist", another.auditId())
                .then().statusCode(200).body("", hasSize(45)).body(PREVIOUS_FINDINGS, hasSize(0));
    }

    private static String record(AuditScheduledV1 booked, String grade, String clause, String evidence) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grade", grade, "clause", clause, "evidence", evidence))
                .post("/api/v1/audits/{id}/findings", booked.auditId())
                .then().statusCode(201).extract().path("id");
    }

    private void complete(AuditScheduledV1 booked, String recommendation) throws Throwable {
        bookings.answerChecklist(booked.auditId());
        completion(booked, recommendation).then().statusCode(200);
    }

    private static Response completion(AuditScheduledV1 booked, String recommendation) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("recommendation", recommendation, "lastDayOnSite", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId());
    }

    /** The client answers the nonconformity, the team accepts the answer and verifies the correction. */
    private void verify(AuditScheduledV1 booked, String nonconformity) throws Throwable {
        bookings.answerNonconformity(UUID.fromString(nonconformity));
        for (String step : new String[]{"acceptance", "verification"}) {
            given().contentType(ContentType.JSON).body(Map.of())
                    .post("/api/v1/audits/{id}/nonconformities/{nc}/" + step, booked.auditId(), nonconformity)
                    .then().statusCode(200);
        }
    }

    private static void answer(AuditScheduledV1 booked, int position, String answer, String note) {
        String itemId = given().get("/api/v1/audits/{id}/checklist", booked.auditId())
                .then().extract().path("[" + position + "].id");
        given().contentType(ContentType.JSON).body(Map.of("answer", answer, "note", note))
                .put("/api/v1/audits/{id}/checklist/{itemId}", booked.auditId(), itemId)
                .then().statusCode(200).body("answer", equalTo(answer));
    }
}
