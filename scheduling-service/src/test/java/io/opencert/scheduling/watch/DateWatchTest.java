package io.opencert.scheduling.watch;

import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.scheduling.SurveillanceOverdueV1;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.SchedulingDriver.Certified;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "admin-planner", roles = {"cb-admin", "cb-staff"})
class DateWatchTest {
    private static final LocalDate DECISION = LocalDate.of(2028, 3, 1);
    private static final int RUNS = 4;

    @Inject
    SchedulingDriver driver;

    @Inject
    AdjustableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSurveillanceNotCompletedByItsDueDateIsReportedOverdueOnceAsTheClockMoves() {
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        List<PlannedAuditView> audits = driver.programme(certified.programmeId()).audits();
        PlannedAuditView first = audits.get(2);
        assertThat(first.dueBy()).isEqualTo(LocalDate.of(2029, 3, 1));

        assertThat(overdueIn(runOn(first.dueBy()))).doesNotContain(first.id().toString());
        JsonPath dayAfter = runOn(first.dueBy().plusDays(1));

        assertThat(dayAfter.getString("today")).isEqualTo("2029-03-02");
        Map<String, Object> reported = dayAfter.<Map<String, Object>>getList("overdueSurveillance").stream()
                .filter(overdue -> overdue.get("auditId").equals(first.id().toString())).findFirst().orElseThrow();
        assertThat(reported).containsEntry("programmeId", certified.programmeId().toString())
                .containsEntry("clientId", certified.contract().clientId().toString())
                .containsEntry("certificateId", certified.certificate().certificateId().toString())
                .containsEntry("dueBy", "2029-03-01");
        assertThat(overdueIn(dayAfter)).doesNotContain(audits.get(3).id().toString());
        assertThat(driver.recorded(first.id(), SurveillanceOverdueV1.class)).singleElement().satisfies(event -> {
            assertThat(event.programmeId()).isEqualTo(certified.programmeId());
            assertThat(event.clientId()).isEqualTo(certified.contract().clientId());
            assertThat(event.certificateId()).isEqualTo(certified.certificate().certificateId());
            assertThat(event.dueBy()).isEqualTo(first.dueBy());
            Instant moved = LocalDate.of(2029, 3, 2).atTime(6, 0).toInstant(ZoneOffset.UTC);
            assertThat(event.detectedAt()).isBetween(moved, moved.plusSeconds(60));
        });

        assertThat(overdueIn(runOn(first.dueBy().plusDays(2)))).doesNotContain(first.id().toString());
        assertThat(driver.recorded(first.id(), SurveillanceOverdueV1.class)).hasSize(1);
    }

    @Test
    void runsAtTheSameMomentReportAnOverdueSurveillanceOnce() throws Exception {
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        UUID first = driver.programme(certified.programmeId()).audits().get(2).id();
        clock.setTo(LocalDate.of(2029, 3, 2).atTime(6, 0).toInstant(ZoneOffset.UTC));
        ExecutorService replicas = Executors.newFixedThreadPool(RUNS);
        try {
            CyclicBarrier together = new CyclicBarrier(RUNS);
            List<CompletableFuture<List<String>>> runs = IntStream.range(0, RUNS)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return overdueIn(given().post("/api/v1/admin/jobs/date-watch").then().statusCode(200)
                                .extract().jsonPath());
                    }, replicas))
                    .toList();

            List<String> reported = new ArrayList<>();
            for (CompletableFuture<List<String>> run : runs) {
                reported.addAll(run.get());
            }
            assertThat(reported).filteredOn(first.toString()::equals).hasSize(1);
            assertThat(reported).doesNotHaveDuplicates();
        } finally {
            replicas.shutdownNow();
        }
        assertThat(driver.recorded(first, SurveillanceOverdueV1.class)).hasSize(1);
    }

    @Test
    void aCompletedSurveillanceIsNeverOverdue() {
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        PlannedAuditView first = driver.programme(certified.programmeId()).audits().get(2);
        driver.deliver("audit-events", TestEvents.auditCompleted(first.id(), certified.programmeId(),
                certified.contract().clientId(), LocalDate.of(2029, 1, 20)), UUID.randomUUID());

        assertThat(overdueIn(runOn(first.dueBy().plusDays(1)))).doesNotContain(first.id().toString());
        assertThat(driver.recorded(first.id(), SurveillanceOverdueV1.class)).isEmpty();
    }

    @Test
    void anAuditWhoseWindowClosesWithoutABookingGoesOnTheRemindersUntilItIsBooked() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        PlannedAuditView first = driver.programme(certified.programmeId()).audits().get(2);
        UUID clientId = certified.contract().clientId();

        runOn(first.dueBy().minusDays(31));
        reminders(clientId).body("total", equalTo(0));

        runOn(first.dueBy().minusDays(30));
        reminders(clientId).body("total", equalTo(1))
                .body("items[0].auditId", equalTo(first.id().toString()))
                .body("items[0].type", equalTo("SURVEILLANCE"))
                .body("items[0].dueBy", equalTo("2029-03-01"))
                .body("items[0].remindedOn", equalTo("2029-01-30"));
        runOn(first.dueBy().minusDays(29));
        reminders(clientId).body("total", equalTo(1)).body("items[0].remindedOn", equalTo("2029-01-30"));

        driver.book(certified.programmeId(), first.id(), "2029-02-12", member(lead, LEAD_AUDITOR)).statusCode(200);
        reminders(clientId).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "planner", roles = "cb-staff")
    void onlyTheAdministratorRunsTheJobOnDemand() {
        given().post("/api/v1/admin/jobs/date-watch").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "client-a", roles = "client")
    void clientsSeeNoReminders() {
        given().get("/api/v1/planning/reminders").then().statusCode(403);
    }

    private JsonPath runOn(LocalDate day) {
        clock.setTo(day.atTime(6, 0).toInstant(ZoneOffset.UTC));
        return given().post("/api/v1/admin/jobs/date-watch").then().statusCode(200)
                .body("today", equalTo(day.toString()))
                .extract().jsonPath();
    }

    private static List<String> overdueIn(JsonPath run) {
        return run.getList("overdueSurveillance.auditId", String.class);
    }

    private static io.restassured.response.ValidatableResponse reminders(UUID clientId) {
        return given().queryParam("clientId", clientId).get("/api/v1/planning/reminders").then().statusCode(200);
    }
}
