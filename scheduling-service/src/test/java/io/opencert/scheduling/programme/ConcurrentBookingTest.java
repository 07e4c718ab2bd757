package io.opencert.scheduling.programme;

import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Planners booking at the same moment: the database lets exactly one of them have the auditor or the audit. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class ConcurrentBookingTest {
    private static final int PLANNERS = 6;

    @Inject
    SchedulingDriver driver;

    @Test
    void ofConcurrentBookingsOfOneAuditorForOverlappingDaysExactlyOneWins() throws Exception {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        List<UUID[]> audits = IntStream.range(0, PLANNERS).mapToObj(i -> {
            UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
            driver.completeStage1(programmeId, LocalDate.of(2027, 3, 1));
            return new UUID[]{programmeId, driver.programme(programmeId).audits().get(1).id()};
        }).toList();

        // stage 2 takes two days: every start below overlaps every other
        List<Response> responses = all(i -> given().contentType(ContentType.JSON)
                .body(Map.of("startDate", LocalDate.of(2027, 6, 7).plusDays(i % 2).toString(),
                        "team", List.of(member(lead, LEAD_AUDITOR))))
                .post("/api/v1/programmes/{p}/audits/{a}/booking", audits.get(i)[0], audits.get(i)[1]));

        assertThat(responses).extracting(Response::statusCode).filteredOn(status -> status == 200).hasSize(1);
        assertThat(responses).filteredOn(response -> response.statusCode() != 200).hasSize(PLANNERS - 1)
                .allSatisfy(response -> {
                    assertThat(response.statusCode()).isEqualTo(409);
                    assertThat(response.jsonPath().getString("type")).endsWith("/auditor-already-booked");
                });
        assertThat(driver.bookedFor(lead)).hasSize(1);
    }

    @Test
    void ofConcurrentBookingsOfOneAuditExactlyOneWins() throws Exception {
        UUID programmeId = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        UUID stage1 = driver.programme(programmeId).audits().get(0).id();
        List<String> leads = IntStream.range(0, PLANNERS)
                .mapToObj(i -> driver.registerAuditor(true, ISO_IEC_20000_1_2018)).toList();

        List<Response> responses = all(i -> given().contentType(ContentType.JSON)
                .body(Map.of("startDate", "2027-03-0" + (i + 1), "team", List.of(member(leads.get(i), LEAD_AUDITOR))))
                .post("/api/v1/programmes/{p}/audits/{a}/booking", programmeId, stage1));

        assertThat(responses).extracting(Response::statusCode).filteredOn(status -> status == 200).hasSize(1);
        assertThat(responses).extracting(Response::statusCode).filteredOn(status -> status != 200)
                .hasSize(PLANNERS - 1).containsOnly(409);
        assertThat(leads.stream().mapToInt(lead -> driver.bookedFor(lead).size()).sum()).isEqualTo(1);
        assertThat(driver.eventsRecordedAbout(stage1)).isEqualTo(1);
    }

    /** Sends the requests from as many threads, released together. */
    private static List<Response> all(IntFunction<Response> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(PLANNERS);
        try {
            CyclicBarrier start = new CyclicBarrier(PLANNERS);
            List<CompletableFuture<Response>> sent = IntStream.range(0, PLANNERS)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return request.apply(i);
                    }, threads))
                    .toList();
            return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
                    .thenApply(done -> sent.stream().map(CompletableFuture::join).toList())
                    .get();
        } finally {
            threads.shutdownNow();
        }
    }
}
