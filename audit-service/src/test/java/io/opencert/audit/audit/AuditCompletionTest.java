package io.opencert.audit.audit;

import io.opencert.audit.Bookings;
import io.opencert.audit.checklist.ChecklistAnswer;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.TeamRole;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class AuditCompletionTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    Bookings bookings;

    @Inject
    AdjustableClock clock;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void theLeadAuditorCompletesTheAuditOnceAndAuditCompletedIsPublished() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        UUID dataCentre = booked.sites().get(1).siteId();
        record(booked, "MAJOR_NONCONFORMITY", "8.5.1", dataCentre);
        record(booked, "MINOR_NONCONFORMITY", "8.2.4");
        record(booked, "OBSERVATION", "7.5", dataCentre);
        record(booked, "OBSERVATION", "9.2");
        bookings.answerChecklist(booked.auditId());

        given().contentType(ContentType.JSON)
                .body(completion("CERTIFY_AFTER_NONCONFORMITY_CLOSURE", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId())
                .then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("recommendation", equalTo("CERTIFY_AFTER_NONCONFORMITY_CLOSURE"))
                .body("lastDayOnSite", equalTo(booked.endDate().toString()))
                .body("summary", equalTo("Change management lacks approval records."))
                .body("completedBy", equalTo(Bookings.LEAD));

        Message<?> sent = published(booked.auditId());
        OutgoingCloudEventMetadata<?> attributes = CloudEvents.attributes(sent);
        assertThat(attributes.getType()).isEqualTo("cb.audit.completed.v1");
        assertThat(attributes.getSource()).isEqualTo(URI.create("/audit-service"));
        AuditCompletedV1 completed = CloudEvents.data(sent, AuditCompletedV1.class);
        assertThat(completed.findingCounts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                FindingGrade.MAJOR_NONCONFORMITY, 1, FindingGrade.MINOR_NONCONFORMITY, 1,
                FindingGrade.OBSERVATION, 2, FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT, 0, FindingGrade.STRENGTH, 0));
        assertThat(completed.openMajorNonconformities()).isEqualTo(1);
        // the minor one's plan is not accepted yet: the decision waits for it too
        assertThat(completed.minorNonconformitiesAwaitingAcceptance()).isEqualTo(1);
        assertThat(completed.recommendation()).isEqualTo(Recommendation.CERTIFY_AFTER_NONCONFORMITY_CLOSURE);
        assertThat(completed.lastDayOnSite()).isEqualTo(booked.endDate());
        assertThat(completed.team()).isEqualTo(booked.team());
        // the two sites visited, and the three the certification covers for the decision
        assertThat(completed.sites()).isEqualTo(booked.sites()).hasSize(2);
        assertThat(completed.coveredSites()).isEqualTo(booked.coveredSites()).hasSize(3);
        // nonconformities (not observations) by the site they were recorded at, for the programme to sample it again
        assertThat(completed.nonconformitiesBySite()).isEqualTo(Map.of(dataCentre, 1));
        assertThat(completed).extracting(AuditCompletedV1::programmeId, AuditCompletedV1::clientId,
                        AuditCompletedV1::clientName, AuditCompletedV1::type, AuditCompletedV1::standards,
                        AuditCompletedV1::scope)
                .containsExactly(booked.programmeId(), booked.clientId(), booked.clientName(), booked.type(),
                        booked.standards(), booked.scope());

        given().contentType(ContentType.JSON)
                .body(completion("CERTIFY", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId())
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/audit-not-open"));
        given().contentType(ContentType.JSON)
                .body(Map.of("grade", "STRENGTH", "clause", "9.3", "evidence", "Management review is thorough."))
                .post("/api/v1/audits/{id}/findings", booked.auditId())
                .then().statusCode(409)
                .contentType(PROBLEM);
        given().get("/api/v1/audits/{id}", booked.auditId()).then().body("recommendation",
                equalTo("CERTIFY_AFTER_NONCONFORMITY_CLOSURE"));
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void completionIsRefusedWhileChecklistItemsAreUnanswered() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().contentType(ContentType.JSON)
                .body(completion("CONTINUE", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId())
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/checklist-unanswered"))
                .body("detail", startsWith("45 checklist item(s)"));
        given().get("/api/v1/audits/{id}", booked.auditId()).then().body("status", equalTo("SCHEDULED"));
    }

    @ParameterizedTest
    @EnumSource(value = AuditType.class, names = {"STAGE_2", "RECERTIFICATION", "SCOPE_EXTENSION"})
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void anAuditOfTheWholeStandardIsNotCompletedWhileAClauseIsNotApplicableOrNotAudited(AuditType type) throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.ofOwnClient(UUID.randomUUID(), type,
                bookings.stage2().startDate()));
        bookings.answerChecklist(booked.auditId());
        bookings.answerClause(booked.auditId(), "8.2.5", ChecklistAnswer.NOT_APPLICABLE);
        bookings.answerClause(booked.auditId(), "8.7.3", ChecklistAnswer.NOT_AUDITED);

        given().contentType(ContentType.JSON)
                .body(completion("CERTIFY", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId())
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/clauses-not-audited"))
                .body("detail", containsString("did not audit 8.2.5, 8.7.3."))
                .body("violations.field", contains("clause 8.2.5", "clause 8.7.3"));
        given().get("/api/v1/audits/{id}", booked.auditId()).then().body("status", equalTo("SCHEDULED"))
                .body("recommendation", nullValue());
        assertThat(bookings.recorded(booked.auditId(), AuditCompletedV1.class)).isEmpty();

        bookings.answerClause(booked.auditId(), "8.2.5", ChecklistAnswer.CONFORMING);
        bookings.answerClause(booked.auditId(), "8.7.3", ChecklistAnswer.NONCONFORMING);
        given().contentType(ContentType.JSON)
                .body(completion("CERTIFY", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId())
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
    }

    @ParameterizedTest
    @EnumSource(value = AuditType.class, names = {"SURVEILLANCE", "SPECIAL"})
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void anAuditThatSamplesIsCompletedWithClausesNotAudited(AuditType type) throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.ofOwnClient(UUID.randomUUID(), type,
                bookings.stage2().startDate()));
        bookings.answerChecklist(booked.auditId());
        bookings.answerClause(booked.auditId(), "8.2.5", ChecklistAnswer.NOT_AUDITED);

        given().contentType(ContentType.JSON)
                .body(completion("CONTINUE", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId())
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void certifyIsRefusedWhileAMajorNonconformityIsOpenButCertifyAfterClosureIsNot() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        record(booked, "MAJOR_NONCONFORMITY", "8.5.1");
        bookings.answerChecklist(booked.auditId());

        given().contentType(ContentType.JSON)
                .body(completion("CERTIFY", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId())
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/certify-with-open-major-nonconformity"));
        given().contentType(ContentType.JSON)
                .body(completion("CERTIFY_AFTER_NONCONFORMITY_CLOSURE", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId())
                .then().statusCode(200)
                .body("stage2Repetition.deadline", equalTo(booked.endDate().plusMonths(6).toString()))
                .body("stage2Repetition.required", equalTo(false));
    }

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void aTeamMemberWhoIsNotTheLeadIsForbidden() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        assertThat(booked.team()).anyMatch(m -> m.username().equals(Bookings.MEMBER) && m.role() == TeamRole.AUDITOR);

        given().contentType(ContentType.JSON)
                .body(completion("CERTIFY", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId())
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/lead-auditor-only"));
        given().get("/api/v1/audits/{id}", booked.auditId()).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    @TestSecurity(user = Bookings.OUTSIDER, roles = "auditor")
    void anAuditorNotOnTheTeamGetsNotFound() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().contentType(ContentType.JSON)
                .body(completion("CERTIFY", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId())
                .then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void theLastDayOnSiteIsNotBeforeTheStartDate() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().contentType(ContentType.JSON)
                .body(completion("CERTIFY", booked.startDate().minusDays(1).toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId())
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/last-day-on-site-before-start"))
                .body("violations.field", contains("lastDayOnSite"));
        given().get("/api/v1/audits/{id}", booked.auditId()).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void theLastDayOnSiteIsNotInTheFutureOfTheBodysClock() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.ofOwnClient(UUID.randomUUID(), clock.today()));
        bookings.answerChecklist(booked.auditId());

        given().contentType(ContentType.JSON)
                .body(completion("CERTIFY", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId())
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/last-day-on-site-in-future"))
                .body("violations.field", contains("lastDayOnSite"))
                .body("detail", containsString(clock.today().toString()));
        given().get("/api/v1/audits/{id}", booked.auditId()).then().body("status", equalTo("SCHEDULED"))
                .body("lastDayOnSite", nullValue());
        assertThat(bookings.recorded(booked.auditId(), AuditCompletedV1.class)).isEmpty();

        clock.setTo(booked.endDate().atTime(17, 0).toInstant(ZoneOffset.UTC));
        try {
            given().contentType(ContentType.JSON)
                    .body(completion("CERTIFY", booked.endDate().toString()))
                    .post("/api/v1/audits/{id}/completion", booked.auditId())
                    .then().statusCode(200).body("lastDayOnSite", equalTo(booked.endDate().toString()));
        } finally {
            clock.reset();
        }
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void aCompletionNeedsARecommendationAndTheLastDayOnSite() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().contentType(ContentType.JSON)
                .body(Map.of("summary", "forgot the rest"))
                .post("/api/v1/audits/{id}/completion", booked.auditId())
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("lastDayOnSite", "recommendation"));
    }

    private static void record(AuditScheduledV1 booked, String grade, String clause) {
        given().contentType(ContentType.JSON)
                .body(Map.of("grade", grade, "clause", clause, "evidence", "Evidence for " + clause))
                .post("/api/v1/audits/{id}/findings", booked.auditId())
                .then().statusCode(201);
    }

    private static void record(AuditScheduledV1 booked, String grade, String clause, UUID siteId) {
        given().contentType(ContentType.JSON)
                .body(Map.of("grade", grade, "clause", clause, "evidence", "Evidence for " + clause, "siteId", siteId))
                .post("/api/v1/audits/{id}/findings", booked.auditId())
                .then().statusCode(201);
    }

    private static Map<String, String> completion(String recommendation, String lastDayOnSite) {
        return Map.of("recommendation", recommendation, "lastDayOnSite", lastDayOnSite,
                "summary", "Change management lacks approval records.");
    }

    private Message<?> published(UUID auditId) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> connector.sink("outbox").received().stream()
                        .filter(message -> CloudEvents.attributes(message).getSubject().equals(Optional.of(auditId.toString())))
                        .findFirst(), Optional::isPresent)
                .orElseThrow();
    }
}
