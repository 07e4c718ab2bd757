package io.opencert.audit.nonconformity;

import io.opencert.audit.Bookings;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.audit.NonconformityResponseDueV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.DueNonconformity;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The client is told of the nonconformities to answer when the audit is completed, and reminded of those still
 * unanswered a week before they are due, once. The lead auditor here is also the administrator who runs the job.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class ResponseRemindersTest {
    private static final String JOB = "/api/v1/admin/jobs/nonconformity-response-reminders";

    @Inject
    Bookings bookings;

    @Inject
    AdjustableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = {"auditor", "cb-admin"})
    void theNonconformitiesStillUnansweredAWeekBeforeTheyAreDueAreRemindedOfOnce() throws Throwable {
        AuditScheduledV1 surveillance = bookings.book(bookings.ofOwnClient(UUID.randomUUID(), AuditType.SURVEILLANCE,
                clock.today().minusDays(3)));
        UUID auditId = surveillance.auditId();
        UUID major = bookings.nonconformity(auditId, FindingGrade.MAJOR_NONCONFORMITY);
        UUID minor = bookings.nonconformity(auditId, FindingGrade.MINOR_NONCONFORMITY);
        LocalDate due = clock.today().plusDays(30);
        bookings.answerChecklist(auditId);
        given().contentType(ContentType.JSON)
                .body(Map.of("recommendation", "CONTINUE", "lastDayOnSite", surveillance.endDate().toString(),
                        "summary", "Changes bypass the change advisory board."))
                .post("/api/v1/audits/{id}/completion", auditId).then().statusCode(200);

        assertThat(bookings.recorded(auditId, AuditCompletedV1.class).getFirst().nonconformitiesToAnswer())
                .containsExactlyInAnyOrder(new DueNonconformity(major, FindingGrade.MAJOR_NONCONFORMITY, "8.5.1", due),
                        new DueNonconformity(minor, FindingGrade.MINOR_NONCONFORMITY, "8.5.1", due));

        bookings.answerNonconformity(major);
        assertThat(remindedIn(runOn(due.minusDays(8)))).doesNotContain(auditId.toString());
        assertThat(remindedIn(runOn(due.minusDays(7)))).containsOnlyOnce(auditId.toString());

        assertThat(bookings.recorded(auditId, NonconformityResponseDueV1.class)).singleElement().satisfies(event -> {
            assertThat(event.clientId()).isEqualTo(surveillance.clientId());
            assertThat(event.clientName()).isEqualTo(surveillance.clientName());
            assertThat(event.type()).isEqualTo(AuditType.SURVEILLANCE);
            assertThat(event.nonconformities()).as("the answered one is left out")
                    .containsExactly(new DueNonconformity(minor, FindingGrade.MINOR_NONCONFORMITY, "8.5.1", due));
        });
        assertThat(bookings.history("Audit", auditId)).extracting(entry -> entry.action)
                .endsWith("nonconformity-response-reminded");

        assertThat(remindedIn(runOn(due.minusDays(7)))).doesNotContain(auditId.toString());
        assertThat(remindedIn(runOn(due))).doesNotContain(auditId.toString());
        assertThat(bookings.recorded(auditId, NonconformityResponseDueV1.class)).hasSize(1);
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void onlyTheAdministratorRunsTheJob() {
        given().post(JOB).then().statusCode(403);
    }

    private JsonPath runOn(LocalDate day) {
        clock.setTo(day.atTime(6, 0).toInstant(ZoneOffset.UTC));
        return given().post(JOB).then().statusCode(200).body("today", equalTo(day.toString())).extract().jsonPath();
    }

    private static List<String> remindedIn(JsonPath run) {
        return run.getList("reminded.auditId", String.class);
    }
}
