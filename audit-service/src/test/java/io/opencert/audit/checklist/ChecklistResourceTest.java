package io.opencert.audit.checklist;

import io.opencert.audit.Bookings;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class ChecklistResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final List<Standard> PART_1 = List.of(Standard.ISO_IEC_20000_1_2018);

    @Inject
    Bookings bookings;

    @Inject
    ChecklistItemRepository items;

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aStage1AuditGetsTheDocumentationReviewChecklist() {
        AuditScheduledV1 booked = bookings.book(bookings.of(AuditType.STAGE_1, PART_1));

        given().get("/api/v1/audits/{id}/checklist", booked.auditId())
                .then().statusCode(200)
                .body("clause", contains("4.3", "4.4", "5.2", "6.2", "7.2", "7.5", "8.2.4", "8.3.3", "9.2", "9.3", "9.4"))
                .body("position", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
                .body("section", everyItem(equalTo("SMS_REQUIREMENTS")))
                .body("auditId", everyItem(equalTo(booked.auditId().toString())))
                .body("answer", everyItem(nullValue()))
                .body("find { it.clause == '7.2' }.title", equalTo("Competence"));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aStage2AuditGetsEveryLeafClause() {
        AuditScheduledV1 booked = bookings.book(bookings.of(AuditType.STAGE_2, PART_1));

        given().get("/api/v1/audits/{id}/checklist", booked.auditId())
                .then().statusCode(200)
                .body("", hasSize(45))
                .body("[0].clause", equalTo("4.1"))
                .body("[0].title", equalTo("Understanding the organization and its context"))
                .body("[44].clause", equalTo("10.2"))
                .body("find { it.clause == '8.5.3' }.title", equalTo("Release and deployment management"))
                .body("findAll { it.section == 'CLOUD_SCENARIOS' }", hasSize(0));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aCloudExtensionAddsTheCloudScenariosAfterTheClauses() {
        AuditScheduledV1 booked = bookings.book(bookings.of(AuditType.CLOUD_EXTENSION,
                List.of(Standard.ISO_IEC_20000_1_2018, Standard.ISO_IEC_TR_20000_9_2015)));

        given().get("/api/v1/audits/{id}/checklist", booked.auditId())
                .then().statusCode(200)
                .body("", hasSize(60))
                .body("findAll { it.section == 'SMS_REQUIREMENTS' }", hasSize(45))
                .body("findAll { it.section == 'CLOUD_SCENARIOS' }", hasSize(15))
                .body("[45].section", equalTo("CLOUD_SCENARIOS"))
                .body("[45].clause", equalTo("5.1"))
                .body("[45].position", equalTo(46))
                .body("[59].clause", equalTo("5.15"))
                .body("[59].title", equalTo("Remove a cloud service"));
    }

    @Test
    void theSameEventDeliveredTwiceGeneratesTheChecklistOnce() {
        AuditScheduledV1 booking = bookings.stage2();
        UUID eventId = UUID.randomUUID();

        bookings.deliver(booking, eventId);
        bookings.deliver(booking, eventId);
        // a new booking of the scheduled audit (another event) keeps the checklist as generated
        bookings.book(booking);

        assertThat(checklistAsStaff(booking.auditId())).hasSize(45);
    }

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void aTeamMemberAnswersAnItemAndTheAnswerIsLogged() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        String itemId = itemOf(booked, "8.5.1");

        given().contentType(ContentType.JSON)
                .body(Map.of("answer", "NONCONFORMING", "note", "CHG-1042 deployed without approval."))
                .put("/api/v1/audits/{id}/checklist/{itemId}", booked.auditId(), itemId)
                .then().statusCode(200)
                .body("id", equalTo(itemId))
                .body("clause", equalTo("8.5.1"))
                .body("answer", equalTo("NONCONFORMING"))
                .body("note", equalTo("CHG-1042 deployed without approval."))
                .body("answeredBy", equalTo(Bookings.MEMBER))
                .body("answeredAt", notNullValue())
                .body("version", equalTo(1));

        given().get("/api/v1/audits/{id}/checklist", booked.auditId())
                .then().statusCode(200)
                .body("find { it.id == '" + itemId + "' }.answer", equalTo("NONCONFORMING"))
                .body("findAll { it.answer != null }", hasSize(1));
        assertThat(bookings.history(ChecklistService.ENTITY, UUID.fromString(itemId)))
                .extracting(entry -> entry.action, entry -> entry.actor)
                .containsExactly(tuple("answered", Bookings.MEMBER));

        // answering does not start the fieldwork: that is the findings' business
        given().get("/api/v1/audits/{id}", booked.auditId()).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void anAnswerCanBeWithdrawn() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        String itemId = itemOf(booked, "9.2");
        answer(booked, itemId, Map.of("answer", "CONFORMING")).then().statusCode(200);

        Map<String, Object> withdrawal = new HashMap<>();
        withdrawal.put("answer", null);
        answer(booked, itemId, withdrawal)
                .then().statusCode(200)
                .body("answer", nullValue())
                .body("version", equalTo(2));
    }

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void anAnswerOnAStaleVersionIsAConflict() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        String itemId = itemOf(booked, "8.6.1");
        answer(booked, itemId, Map.of("answer", "CONFORMING", "version", 0)).then().statusCode(200);

        answer(booked, itemId, Map.of("answer", "NOT_APPLICABLE", "version", 0))
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/concurrent-change"));
        given().get("/api/v1/audits/{id}/checklist", booked.auditId())
                .then().body("find { it.id == '" + itemId + "' }.answer", equalTo("CONFORMING"));
    }

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void anInvalidAnswerIsRefusedAsAProblemWithViolations() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        String itemId = itemOf(booked, "4.1");

        answer(booked, itemId, Map.of("answer", "MOSTLY_FINE"))
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/invalid-input"))
                .body("violations.field", contains("answer"));
        answer(booked, itemId, Map.of("answer", "CONFORMING", "note", "x".repeat(10_001)))
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("note"));

        given().get("/api/v1/audits/{id}/checklist", booked.auditId())
                .then().body("findAll { it.answer != null }", hasSize(0));
    }

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void anItemOfAnotherAuditIsNotFound() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        AuditScheduledV1 other = bookings.book(bookings.stage2());

        answer(booked, itemOf(other, "4.1"), Map.of("answer", "CONFORMING"))
                .then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = Bookings.OUTSIDER, roles = "auditor")
    void anAuditorOffTheTeamNeitherSeesNorAnswersTheChecklist() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        String itemId = checklistAsStaff(booked.auditId()).getFirst();

        given().get("/api/v1/audits/{id}/checklist", booked.auditId()).then().statusCode(404).contentType(PROBLEM);
        answer(booked, itemId, Map.of("answer", "CONFORMING")).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "c1a00000-0000-4000-8000-000000000001"))
    void theAuditedOrganisationSeesItsChecklistWithoutTheTeamsNotesButDoesNotAnswerIt() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        String itemId = checklistAsStaff(booked.auditId()).getFirst();
        bookings.answerClause(booked.auditId(), "4.1", ChecklistAnswer.CONFORMING, "Ask the CIO about the 2nd site.");

        given().get("/api/v1/audits/{id}/checklist", booked.auditId()).then().statusCode(200).body("", hasSize(45))
                .body("find { it.clause == '4.1' }.answer", equalTo("CONFORMING"))
                .body("find { it.clause == '4.1' }.note", nullValue());
        answer(booked, itemId, Map.of("answer", "CONFORMING")).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "client-b", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "c1b00000-0000-4000-8000-000000000002"))
    void anotherOrganisationDoesNotSeeTheChecklist() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().get("/api/v1/audits/{id}/checklist", booked.auditId()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void theChecklistOfACompletedAuditTakesNoMoreAnswers() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        String itemId = itemOf(booked, "10.2");
        bookings.answerChecklist(booked.auditId());
        given().contentType(ContentType.JSON)
                .body(Map.of("recommendation", "CERTIFY", "lastDayOnSite", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId())
                .then().statusCode(200);

        answer(booked, itemId, Map.of("answer", "NOT_APPLICABLE"))
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/audit-not-open"));
        given().get("/api/v1/audits/{id}/checklist", booked.auditId())
                .then().statusCode(200)
                .body("answer", everyItem(equalTo("CONFORMING")));
    }

    private static Response answer(AuditScheduledV1 booked, String itemId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .put("/api/v1/audits/{id}/checklist/{itemId}", booked.auditId(), itemId);
    }

    /** The id of the item for the clause, read by the current (team member) user. */
    private static String itemOf(AuditScheduledV1 booked, String clause) {
        return given().get("/api/v1/audits/{id}/checklist", booked.auditId())
                .then().statusCode(200).extract().path("find { it.clause == '" + clause + "' }.id");
    }

    /** The item ids of the audit's checklist in order, read past the API (the test user may not see it). */
    private List<String> checklistAsStaff(UUID auditId) {
        try {
            return VertxContextSupport.subscribeAndAwait(() ->
                    Panache.withSession(() -> items.ofAudit(auditId)))
                    .stream().map(item -> item.id().toString()).toList();
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }
}
