package io.opencert.audit.nonconformity;

import io.opencert.audit.Bookings;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.commons.testing.CloudEvents.Published;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.EventType;
import io.opencert.events.audit.MajorNonconformityOverdueV1;
import io.opencert.events.audit.Stage2RepetitionRequiredV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.OverdueNonconformity;
import io.opencert.events.model.Standard;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The daily check of the deadlines of major nonconformities, run on demand as the clock moves. The lead auditor of
 * each audit here is also the body's administrator: they complete the audit and verify its nonconformities, then run
 * the job.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class NonconformityDeadlinesTest {
    private static final String JOB = "/api/v1/admin/jobs/nonconformity-deadlines";

    @Inject
    Bookings bookings;

    @Inject
    AdjustableClock clock;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = {"auditor", "cb-admin"})
    void aMajorNonconformityOfASurveillanceNotVerifiedByItsDeadlineIsReportedOnceTheDayAfter() throws Throwable {
        AuditScheduledV1 surveillance = bookings.book(bookings.ofOwnClient(UUID.randomUUID(), AuditType.SURVEILLANCE,
                clock.today().minusDays(3)));
        UUID auditId = surveillance.auditId();
        UUID major = bookings.nonconformity(auditId, FindingGrade.MAJOR_NONCONFORMITY);
        UUID minor = bookings.nonconformity(auditId, FindingGrade.MINOR_NONCONFORMITY);
        complete(surveillance);
        LocalDate deadline = surveillance.endDate().plusDays(90);

        Map<String, String> verificationDue = verificationDue(auditId);
        assertThat(verificationDue).containsEntry(major.toString(), deadline.toString());
        assertThat(verificationDue).containsEntry(minor.toString(), null);

        assertThat(overdueIn(runOn(deadline))).doesNotContain(auditId.toString());
        assertThat(bookings.recorded(auditId, MajorNonconformityOverdueV1.class)).isEmpty();

        JsonPath dayAfter = runOn(deadline.plusDays(1));

        Map<String, Object> reported = dayAfter.<Map<String, Object>>getList("overdue").stream()
                .filter(overdue -> overdue.get("auditId").equals(auditId.toString())).findFirst().orElseThrow();
        assertThat(reported).containsEntry("deadline", deadline.toString())
                .containsEntry("clientId", surveillance.clientId().toString())
                .containsEntry("type", "SURVEILLANCE");
        assertThat(dayAfter.getInt("auditsChecked")).isPositive();
        Published<MajorNonconformityOverdueV1> published = CloudEvents.published(connector,
                MajorNonconformityOverdueV1.class, event -> event.auditId().equals(auditId));
        assertThat(published.attributes().getType()).isEqualTo(EventType.MAJOR_NONCONFORMITY_OVERDUE.type());
        assertThat(published.attributes().getSubject()).contains(auditId.toString());
        MajorNonconformityOverdueV1 event = published.data();
        assertThat(event.programmeId()).isEqualTo(surveillance.programmeId());
        assertThat(event.clientId()).isEqualTo(surveillance.clientId());
        assertThat(event.clientName()).isEqualTo(surveillance.clientName());
        assertThat(event.type()).isEqualTo(AuditType.SURVEILLANCE);
        assertThat(event.standards()).containsExactly(Standard.ISO_IEC_20000_1_2018);
        assertThat(event.nonconformities()).containsExactly(new OverdueNonconformity(major, "8.5.1",
                "CHG-1042 was deployed without approval.", "AWAITING_RESPONSE"));
        assertThat(event.deadline()).isEqualTo(deadline);
        Instant moved = deadline.plusDays(1).atTime(6, 0).toInstant(ZoneOffset.UTC);
        assertThat(event.detectedAt()).isBetween(moved, moved.plusSeconds(60));
        assertThat(bookings.history("Audit", auditId)).extracting(entry -> entry.action)
                .endsWith("major-nonconformity-overdue");

        assertThat(overdueIn(runOn(deadline.plusDays(1)))).doesNotContain(auditId.toString());
        assertThat(overdueIn(runOn(deadline.plusDays(30)))).doesNotContain(auditId.toString());
        assertThat(bookings.recorded(auditId, MajorNonconformityOverdueV1.class)).hasSize(1);
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = {"auditor", "cb-admin"})
    void aMajorNonconformityVerifiedOnItsDeadlineDayIsNotReported() throws Throwable {
        AuditScheduledV1 recertification = bookings.book(bookings.ofOwnClient(UUID.randomUUID(),
                AuditType.RECERTIFICATION, clock.today().minusDays(3)));
        UUID auditId = recertification.auditId();
        UUID major = bookings.nonconformity(auditId, FindingGrade.MAJOR_NONCONFORMITY);
        complete(recertification);
        LocalDate deadline = recertification.endDate().plusDays(90);

        bookings.answerNonconformity(major);
        step(auditId, major, "acceptance");
        clock.setTo(deadline.atTime(17, 0).toInstant(ZoneOffset.UTC));
        step(auditId, major, "verification");

        assertThat(overdueIn(runOn(deadline.plusDays(1)))).doesNotContain(auditId.toString());
        assertThat(overdueIn(runOn(deadline.plusDays(2)))).doesNotContain(auditId.toString());
        assertThat(bookings.recorded(auditId, MajorNonconformityOverdueV1.class)).isEmpty();
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = {"auditor", "cb-admin"})
    void aMajorNonconformityVerifiedAfterItsDeadlineMissedItAndIsReportedAsVerified() throws Throwable {
        AuditScheduledV1 surveillance = bookings.book(bookings.ofOwnClient(UUID.randomUUID(), AuditType.SURVEILLANCE,
                clock.today().minusDays(3)));
        UUID auditId = surveillance.auditId();
        UUID major = bookings.nonconformity(auditId, FindingGrade.MAJOR_NONCONFORMITY);
        complete(surveillance);
        LocalDate deadline = surveillance.endDate().plusDays(90);

        bookings.answerNonconformity(major);
        step(auditId, major, "acceptance");
        clock.setTo(deadline.plusDays(1).atTime(0, 30).toInstant(ZoneOffset.UTC));
        step(auditId, major, "verification");

        assertThat(overdueIn(runOn(deadline.plusDays(1)))).contains(auditId.toString());
        assertThat(bookings.recorded(auditId, MajorNonconformityOverdueV1.class)).singleElement()
                .satisfies(event -> assertThat(event.nonconformities()).extracting(OverdueNonconformity::status)
                        .containsExactly("VERIFIED"));
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = {"auditor", "cb-admin"})
    void aMajorNonconformityOfStage2NotVerifiedWithin6MonthsRequiresStage2AgainOnceTheDayAfter() throws Throwable {
        AuditScheduledV1 stage2 = bookings.book(bookings.ofOwnClient(UUID.randomUUID(), clock.today().minusDays(3)));
        UUID auditId = stage2.auditId();
        UUID major = bookings.nonconformity(auditId, FindingGrade.MAJOR_NONCONFORMITY);
        complete(stage2);
        LocalDate deadline = stage2.endDate().plusMonths(6);

        // not the correction deadline of surveillance: nothing at 90 days, nor on the last day of the 6 months
        assertThat(verificationDue(auditId)).containsEntry(major.toString(), null);
        assertThat(overdueIn(runOn(stage2.endDate().plusDays(91)))).doesNotContain(auditId.toString());
        assertThat(overdueIn(runOn(deadline))).doesNotContain(auditId.toString());
        assertThat(bookings.recorded(auditId, Stage2RepetitionRequiredV1.class)).isEmpty();

        JsonPath dayAfter = runOn(deadline.plusDays(1));

        assertThat(overdueIn(dayAfter)).contains(auditId.toString());
        Published<Stage2RepetitionRequiredV1> published = CloudEvents.published(connector,
                Stage2RepetitionRequiredV1.class, event -> event.auditId().equals(auditId));
        assertThat(published.attributes().getType()).isEqualTo(EventType.STAGE_2_REPETITION_REQUIRED.type());
        Stage2RepetitionRequiredV1 event = published.data();
        assertThat(event.programmeId()).isEqualTo(stage2.programmeId());
        assertThat(event.clientId()).isEqualTo(stage2.clientId());
        assertThat(event.lastDayOfStage2()).isEqualTo(stage2.endDate());
        assertThat(event.deadline()).isEqualTo(deadline);
        assertThat(event.nonconformities()).extracting(OverdueNonconformity::findingId, OverdueNonconformity::status)
                .containsExactly(Tuple.tuple(major, "AWAITING_RESPONSE"));
        assertThat(bookings.history("Audit", auditId)).extracting(entry -> entry.action)
                .endsWith("stage-2-repetition-required");
        assertThat(bookings.recorded(auditId, MajorNonconformityOverdueV1.class)).isEmpty();

        assertThat(overdueIn(runOn(deadline.plusDays(2)))).doesNotContain(auditId.toString());
        assertThat(bookings.recorded(auditId, Stage2RepetitionRequiredV1.class)).hasSize(1);
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = {"auditor", "cb-admin"})
    void aMajorNonconformityOfStage2VerifiedWithin6MonthsRequiresNoRepetition() throws Throwable {
        AuditScheduledV1 stage2 = bookings.book(bookings.ofOwnClient(UUID.randomUUID(), clock.today().minusDays(3)));
        UUID auditId = stage2.auditId();
        UUID major = bookings.nonconformity(auditId, FindingGrade.MAJOR_NONCONFORMITY);
        complete(stage2);
        bookings.answerNonconformity(major);
        step(auditId, major, "acceptance");
        step(auditId, major, "verification");

        assertThat(overdueIn(runOn(stage2.endDate().plusMonths(7)))).doesNotContain(auditId.toString());
        assertThat(bookings.recorded(auditId, Stage2RepetitionRequiredV1.class)).isEmpty();
    }

    @Test
    @TestSecurity(user = "staff", roles = {"cb-staff", "auditor", "decision-maker", "client"})
    void onlyTheAdministratorRunsTheJobOnDemand() {
        given().post(JOB).then().statusCode(403);
    }

    @Test
    void withoutATokenTheAnswerIsUnauthorized() {
        given().post(JOB).then().statusCode(401);
    }

    private void complete(AuditScheduledV1 booked) throws Throwable {
        bookings.answerChecklist(booked.auditId());
        given().contentType(ContentType.JSON)
                .body(Map.of("recommendation", "CONTINUE", "lastDayOnSite", booked.endDate().toString(),
                        "summary", "Changes bypass the change advisory board."))
                .post("/api/v1/audits/{id}/completion", booked.auditId()).then().statusCode(200);
    }

    private static void step(UUID auditId, UUID findingId, String step) {
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/audits/{id}/nonconformities/{nc}/" + step, auditId, findingId).then().statusCode(200);
    }

    /** The verification deadline of each of the audit's nonconformities, by id, as the nonconformity view shows it. */
    private static Map<String, String> verificationDue(UUID auditId) {
        List<Map<String, Object>> nonconformities = given().get("/api/v1/audits/{id}/nonconformities", auditId)
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, String> due = new HashMap<>();
        nonconformities.forEach(nc -> due.put((String) nc.get("id"),
                (String) ((Map<?, ?>) nc.get("nonconformity")).get("verificationDue")));
        return due;
    }

    private JsonPath runOn(LocalDate day) {
        clock.setTo(day.atTime(6, 0).toInstant(ZoneOffset.UTC));
        return given().post(JOB).then().statusCode(200)
                .body("today", equalTo(day.toString()))
                .extract().jsonPath();
    }

    private static List<String> overdueIn(JsonPath run) {
        return run.getList("overdue.auditId", String.class);
    }
}
