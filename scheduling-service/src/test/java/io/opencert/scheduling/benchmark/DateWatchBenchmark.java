package io.opencert.scheduling.benchmark;

import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.AuditProgramme;
import io.opencert.scheduling.programme.ProgrammeRepository;
import io.opencert.scheduling.rules.DueDates;
import io.opencert.scheduling.watch.DateWatchService;
import io.opencert.scheduling.watch.dto.DateWatchRun;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planning and the daily date watch over many active certificates (100,000 by default) on a real PostgreSQL.
 * Not part of the build's tests (the class name is not a test's); run it alone:
 * <pre>./mvnw -B -o -pl scheduling-service verify -Dtest=DateWatchBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 *     [-Dbenchmark.certificates=100000]</pre>
 * Each certificate's programme is planned by the same code as for CertificateIssued (stage 1 and 2 done, then the
 * two surveillance audits and the recertification), decisions spread evenly over the three years before the
 * benchmark's today; of the audits whose due date has passed, one in 50 was never completed.
 */
@QuarkusTest
@TestProfile(BenchmarkProfile.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "scheduling_benchmark"))
class DateWatchBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2030, 6, 14);
    private static final int BATCH = 1000;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    DateWatchService watch;

    @Inject
    AdjustableClock clock;

    @ConfigProperty(name = "benchmark.certificates", defaultValue = "100000")
    int certificates;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void planningAndTheDailyDateWatch() {
        clock.setTo(TODAY.atTime(1, 45).toInstant(ZoneOffset.UTC));
        long started = System.nanoTime();
        for (int first = 0; first < certificates; first += BATCH) {
            int from = first;
            int to = Math.min(certificates, first + BATCH);
            onVertx(() -> Panache.withTransaction(() -> programmes.persist(batch(from, to).stream())));
        }
        Duration planning = Duration.ofNanos(System.nanoTime() - started);
        long neverCompleted = onVertx(() -> Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("""
                        UPDATE planned_audit SET status = 'COMPLETED'
                        WHERE due_by < :today AND status = 'PLANNED' AND abs(hashtext(id::text)) % 50 <> 0""")
                .setParameter("today", TODAY)
                .executeUpdate()
                .flatMap(ignored -> session.createNativeQuery("""
                                SELECT count(*) FROM planned_audit
                                WHERE type = 'SURVEILLANCE' AND status = 'PLANNED' AND due_by < :today""", Long.class)
                        .setParameter("today", TODAY)
                        .getSingleResult()))
                .call(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("ANALYZE")
                        .executeUpdate()))));

        Timed first = timed(() -> watch.run("benchmark"));
        Timed again = timed(() -> watch.run("benchmark"));
        clock.setTo(TODAY.plusDays(1).atTime(1, 45).toInstant(ZoneOffset.UTC));
        Timed nextDay = timed(() -> watch.run("benchmark"));

        System.out.printf("""
                        %n=== date watch benchmark: %,d active certificates (%,d planned audits) ===
                        planning (programmes and their audits from the due-date rules, batches of %d): %.1f s
                        date watch, first run (%,d reminders, %,d overdue surveillance reported): %.1f s
                        date watch, same day again (%,d reminders, %,d overdue): %.1f s
                        date watch, next day (%,d reminders, %,d overdue): %.1f s%n%n""",
                certificates, certificates * 5L, BATCH, seconds(planning),
                first.run.remindersRaised(), first.run.overdueSurveillance().size(), seconds(first.took),
                again.run.remindersRaised(), again.run.overdueSurveillance().size(), seconds(again.took),
                nextDay.run.remindersRaised(), nextDay.run.overdueSurveillance().size(), seconds(nextDay.took));

        assertThat((long) first.run.overdueSurveillance().size()).isEqualTo(neverCompleted).isPositive();
        assertThat(again.run.overdueSurveillance()).isEmpty();
        assertThat(again.run.remindersRaised()).isZero();
    }

    /** Certificates {@code from} to {@code to}, decided on days spread over the three years before today. */
    private List<AuditProgramme> batch(int from, int to) {
        List<AuditProgramme> batch = new ArrayList<>(to - from);
        long days = TODAY.toEpochDay() - TODAY.minusYears(3).toEpochDay();
        for (int i = from; i < to; i++) {
            LocalDate decision = TODAY.minusDays(1 + (long) i * days / certificates);
            LocalDate signed = decision.minusMonths(4);
            AuditProgramme programme = new AuditProgramme();
            programme.id = UUID.randomUUID();
            programme.clientId = UUID.randomUUID();
            programme.clientName = "Client " + i;
            programme.contractId = UUID.randomUUID();
            programme.cycle = 1;
            programme.standards = List.of(Standard.ISO_IEC_20000_1_2018);
            programme.scope = TestEvents.SCOPE;
            programme.sites = TestEvents.SITES;
            programme.excludedAuditors = List.of();
            programme.surveillanceDays = TestEvents.SURVEILLANCE_DAYS;
            programme.recertificationDays = TestEvents.RECERTIFICATION_DAYS;
            programme.createdAt = OffsetDateTime.of(signed.atStartOfDay(), ZoneOffset.UTC);
            programme.plan(AuditType.STAGE_1, DueDates.stage1(signed), TestEvents.STAGE_1_DAYS).complete();
            programme.plan(AuditType.STAGE_2, DueDates.stage2(signed), TestEvents.STAGE_2_DAYS).complete();
            programme.planCycle(UUID.randomUUID(), decision, decision.plusYears(3).minusDays(1));
            batch.add(programme);
        }
        return batch;
    }

    private record Timed(DateWatchRun run, Duration took) {
    }

    private static Timed timed(Supplier<Uni<DateWatchRun>> job) {
        long started = System.nanoTime();
        DateWatchRun run = onVertx(job);
        return new Timed(run, Duration.ofNanos(System.nanoTime() - started));
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static <T> T onVertx(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
