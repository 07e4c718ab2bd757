package io.opencert.audit.auditor;

import io.opencert.audit.Bookings;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The mobile auditor's offline work: the bundle with its entity tag, and the idempotent batch upload. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class OfflineWorkTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    Bookings bookings;

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void theBundleCarriesAuditChecklistAndFindingsCompressedWithAStrongEntityTag() {
        AuditScheduledV1 booked = bookings.book(bookings.ofOwnClient(UUID.randomUUID(), bookings.stage2().startDate()));

        Response first = given().header("Accept-Encoding", "gzip").get("/api/v1/auditor/audits/{id}/bundle", booked.auditId());
        first.then().statusCode(200)
                .header("Content-Encoding", "gzip")
                .header("ETag", matchesPattern("\"[0-9a-f]{64}\""))
                .body("audit.id", equalTo(booked.auditId().toString()))
                .body("audit.team.username", contains(Bookings.LEAD, Bookings.MEMBER))
                .body("checklist", hasSize(45))
                .body("checklist[0].clause", equalTo("4.1"))
                .body("checklist[0].version", equalTo(0))
                .body("findings", hasSize(0))
                .body("attachments", hasSize(0))
                .body("previousFindings", hasSize(0));
        String etag = first.header("ETag");

        given().header("If-None-Match", etag).get("/api/v1/auditor/audits/{id}/bundle", booked.auditId())
                .then().statusCode(304).header("ETag", etag).body(emptyString());
        given().header("If-None-Match", "W/" + etag).get("/api/v1/auditor/audits/{id}/bundle", booked.auditId())
                .then().statusCode(304);

        sync(booked, batch(List.of(answer(itemOf(first, "4.1"), "CONFORMING", 0)), List.of())).then().statusCode(200);

        given().header("If-None-Match", etag).get("/api/v1/auditor/audits/{id}/bundle", booked.auditId())
                .then().statusCode(200)
                .header("ETag", not(etag))
                .body("checklist[0].answer", equalTo("CONFORMING"))
                .body("checklist[0].version", equalTo(1));
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void theBundleCarriesNoEarlierFindingThatTheChecklistDoesNotFollowUp() throws Throwable {
        UUID client = UUID.randomUUID();
        AuditScheduledV1 stage1 = bookings.book(bookings.ofOwnClient(client, bookings.stage2().startDate().minusDays(40)));
        given().contentType(ContentType.JSON)
                .body(Map.of("grade", "OBSERVATION", "clause", "7.5", "evidence", "Document control relies on e-mail."))
                .post("/api/v1/audits/{id}/findings", stage1.auditId()).then().statusCode(201);
        bookings.answerChecklist(stage1.auditId());
        given().contentType(ContentType.JSON)
                .body(Map.of("recommendation", "CONTINUE", "lastDayOnSite", stage1.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", stage1.auditId()).then().statusCode(200);
        AuditScheduledV1 stage2 = bookings.book(bookings.ofOwnClient(client, bookings.stage2().startDate()));

        given().get("/api/v1/auditor/audits/{id}/bundle", stage2.auditId())
                .then().statusCode(200)
                .body("checklist.followsUp.findAll { it != null }", hasSize(0))
                .body("previousFindings", hasSize(0));
    }

    @Test
    @TestSecurity(user = Bookings.OUTSIDER, roles = "auditor")
    void anAuditorOffTheTeamNeitherDownloadsNorUploads() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().get("/api/v1/auditor/audits/{id}/bundle", booked.auditId()).then().statusCode(404).contentType(PROBLEM);
        sync(booked, batch(List.of(), List.of(finding(UUID.randomUUID(), "OBSERVATION", "7.5", null))))
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void theMobileApiIsForAuditors() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().get("/api/v1/auditor/audits/{id}/bundle", booked.auditId()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void aReplayedBatchChangesNothingAndIsAnsweredAsTheFirstTime() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        Response bundle = given().get("/api/v1/auditor/audits/{id}/bundle", booked.auditId());
        UUID findingId = UUID.randomUUID();
        Map<String, Object> batch = batch(
                List.of(answer(itemOf(bundle, "8.5.1"), "NONCONFORMING", 0), answer(itemOf(bundle, "8.6.1"), "CONFORMING", 0)),
                List.of(finding(findingId, "MINOR_NONCONFORMITY", "8.5.1", booked.sites().get(1).siteId())));

        Map<String, Object> first = sync(booked, batch).then().statusCode(200)
                .body("answers.outcome", contains("APPLIED", "APPLIED"))
                .body("answers.version", contains(1, 1))
                .body("answers[0].yours", nullValue())
                .body("findings[0].id", equalTo(findingId.toString()))
                .body("findings[0].outcome", equalTo("APPLIED"))
                .body("findings[0].version", equalTo(0))
                .body("conflicts", equalTo(0))
                .extract().as(Map.class);
        Map<String, Object> replay = sync(booked, batch).then().statusCode(200).extract().as(Map.class);

        assertThat(replay).isEqualTo(first);
        given().get("/api/v1/auditor/audits/{id}/bundle", booked.auditId()).then()
                .body("findings", hasSize(1))
                .body("findings[0].id", equalTo(findingId.toString()))
                .body("findings[0].recordedBy", equalTo(Bookings.LEAD))
                .body("findings[0].nonconformity.status", equalTo("AWAITING_RESPONSE"))
                .body("checklist.find { it.clause == '8.5.1' }.version", equalTo(1))
                .body("audit.status", equalTo("IN_PROGRESS"));
        assertThat(bookings.history("Finding", findingId)).extracting(entry -> entry.action).containsExactly("recorded");
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void theSameBatchIdWithOtherContentIsRefused() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        Map<String, Object> batch = batch(List.of(), List.of(finding(UUID.randomUUID(), "OBSERVATION", "7.5", null)));
        sync(booked, batch).then().statusCode(200);

        Map<String, Object> other = new HashMap<>(batch);
        other.put("findings", List.of(finding(UUID.randomUUID(), "STRENGTH", "9.3", null)));
        sync(booked, other).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/sync-batch-id-reused"));
        given().get("/api/v1/auditor/audits/{id}/bundle", booked.auditId()).then().body("findings", hasSize(1));
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void anItemChangedOnTheServerSinceTheAuditorsCopyComesBackAsAConflictWithBothVersions() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        Response bundle = given().get("/api/v1/auditor/audits/{id}/bundle", booked.auditId());
        String item = itemOf(bundle, "8.2.6");
        String same = itemOf(bundle, "8.2.5");
        UUID findingId = UUID.randomUUID();
        sync(booked, batch(List.of(answer(same, "CONFORMING", 0)), List.of(finding(findingId, "OBSERVATION", "8.2.6", null))))
                .then().statusCode(200);
        // a colleague answers the item and revises the finding meanwhile
        given().contentType(ContentType.JSON).body(Map.of("answer", "NOT_APPLICABLE", "note", "No CMDB in scope."))
                .put("/api/v1/audits/{id}/checklist/{itemId}", booked.auditId(), item).then().statusCode(200);
        Map<String, Object> revised = finding(findingId, "MINOR_NONCONFORMITY", "8.2.6", null);
        revised.put("baseVersion", 0);
        sync(booked, batch(List.of(), List.of(revised))).then().statusCode(200)
                .body("findings[0].outcome", equalTo("APPLIED")).body("findings[0].version", equalTo(1));

        Map<String, Object> stale = finding(findingId, "OBSERVATION", "8.2.6", null);
        stale.put("evidence", "The CMDB misses the new storage cluster.");
        stale.put("baseVersion", 0);
        JsonPath result = sync(booked, batch(
                List.of(answer(item, "CONFORMING", 0), answer(same, "CONFORMING", 0)), List.of(stale)))
                .then().statusCode(200)
                .body("conflicts", equalTo(2))
                .body("answers.outcome", contains("CONFLICT", "UNCHANGED"))
                .body("answers[0].version", equalTo(1))
                .body("answers[0].yours.answer", equalTo("CONFORMING"))
                .body("answers[0].yours.baseVersion", equalTo(0))
                .body("answers[0].server.answer", equalTo("NOT_APPLICABLE"))
                .body("answers[0].server.note", equalTo("No CMDB in scope."))
                .body("answers[0].server.version", equalTo(1))
                .body("answers[1].server", nullValue())
                .body("findings[0].outcome", equalTo("CONFLICT"))
                .body("findings[0].yours.evidence", equalTo("The CMDB misses the new storage cluster."))
                .body("findings[0].server.grade", equalTo("MINOR_NONCONFORMITY"))
                .body("findings[0].server.version", equalTo(1))
                .extract().jsonPath();
        assertThat(result.getString("batchId")).isNotBlank();

        given().get("/api/v1/auditor/audits/{id}/bundle", booked.auditId()).then()
                .body("checklist.find { it.id == '" + item + "' }.answer", equalTo("NOT_APPLICABLE"))
                .body("findings[0].grade", equalTo("MINOR_NONCONFORMITY"))
                .body("findings[0].evidence", equalTo("Evidence for 8.2.6"));
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void aBatchWithBadItemsIsRejectedWholeNamingEachOfThem() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        AuditScheduledV1 other = bookings.book(bookings.stage2());
        Response bundle = given().get("/api/v1/auditor/audits/{id}/bundle", booked.auditId());
        String good = itemOf(bundle, "4.1");
        String foreignItem = itemOf(given().get("/api/v1/auditor/audits/{id}/bundle", other.auditId()), "4.1");

        sync(booked, batch(List.of(answer(good, "CONFORMING", 0), answer(foreignItem, "CONFORMING", 0)),
                List.of(finding(UUID.randomUUID(), "OBSERVATION", "7.5", other.sites().get(0).siteId()))))
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/invalid-input"))
                .body("detail", containsString("rejected whole"))
                .body("violations.field", containsInAnyOrder("answers[1].itemId", "findings[0].siteId"));

        Map<String, Object> unreadable = finding(UUID.randomUUID(), "OBSERVATION", "99", null);
        unreadable.remove("grade");
        sync(booked, batch(List.of(answer(good, "CONFORMING", 0)), List.of(finding(UUID.randomUUID(), "STRENGTH", "9.3", null), unreadable)))
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("findings[1].clause", "findings[1].grade"));

        given().get("/api/v1/auditor/audits/{id}/bundle", booked.auditId()).then()
                .body("findings", hasSize(0))
                .body("checklist.find { it.id == '" + good + "' }.answer", nullValue())
                .body("audit.status", equalTo("SCHEDULED"));
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void aCompletedAuditTakesNoNewBatchButAnswersAReplay() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        Map<String, Object> batch = batch(List.of(), List.of(finding(UUID.randomUUID(), "STRENGTH", "9.3", null)));
        Map<String, Object> first = sync(booked, batch).then().statusCode(200).extract().as(Map.class);
        bookings.answerChecklist(booked.auditId());
        given().contentType(ContentType.JSON)
                .body(Map.of("recommendation", "CERTIFY", "lastDayOnSite", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId()).then().statusCode(200);

        assertThat(sync(booked, batch).then().statusCode(200).extract().as(Map.class)).isEqualTo(first);
        sync(booked, batch(List.of(), List.of(finding(UUID.randomUUID(), "STRENGTH", "9.1", null))))
                .then().statusCode(409).body("type", equalTo("https://opencert.io/problems/audit-not-open"));
    }

    static Response sync(AuditScheduledV1 booked, Map<String, Object> batch) {
        return given().contentType(ContentType.JSON).body(batch).post("/api/v1/auditor/audits/{id}/sync", booked.auditId());
    }

    static Map<String, Object> batch(List<Map<String, Object>> answers, List<Map<String, Object>> findings) {
        return Map.of("batchId", UUID.randomUUID().toString(), "answers", answers, "findings", findings);
    }

    static Map<String, Object> answer(String itemId, String answer, long baseVersion) {
        return Map.of("itemId", itemId, "answer", answer, "baseVersion", baseVersion);
    }

    /** A finding as the phone holds it; mutable, so that a test can edit it. */
    static Map<String, Object> finding(UUID id, String grade, String clause, UUID siteId) {
        Map<String, Object> finding = new HashMap<>();
        finding.put("id", id.toString());
        finding.put("grade", grade);
        finding.put("clause", clause);
        finding.put("evidence", "Evidence for " + clause);
        if (siteId != null) {
            finding.put("siteId", siteId.toString());
        }
        return finding;
    }

    static String itemOf(Response bundle, String clause) {
        return bundle.then().statusCode(200).extract().path("checklist.find { it.clause == '" + clause + "' }.id");
    }
}
