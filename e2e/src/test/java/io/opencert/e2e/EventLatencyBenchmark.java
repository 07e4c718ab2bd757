package io.opencert.e2e;

import io.opencert.localstack.Platform;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement, not a test (surefire does not pick it up by its name; run it with {@code -Pevent-latency}, see
 * README.md): how long an event takes from its producer to its effect in the consumer, along a real chain of two
 * hops. A decision-maker grants the suspension of a certificate whose surveillance is booked: certificate-service
 * publishes CertificateSuspended; scheduling-service takes it and cancels the booking, which publishes AuditCancelled;
 * audit-service takes that and cancels the audit. Per hop, from the event's {@code occurred_at} in the producer's
 * outbox (written in the transaction of the change) to {@code processed_at} in the consumer's inbox (written in the
 * transaction of the effect); both come from clocks of the same machine.
 */
class EventLatencyBenchmark extends PlatformTest {
    private static final String SUSPENDED = "cb.certificate.suspended.v1";
    private static final String CANCELLED = "cb.scheduling.audit-cancelled.v1";

    @Test
    void commitToEffectOverTwoHops() throws Exception {
        int chains = Integer.getInteger("benchmark.chains", 1000);
        List<TransferringClient> clients = certifyAndBook(chains);

        long t0 = System.nanoTime();
        for (TransferringClient client : clients) {
            String decisionId = as("staff", CERTIFICATE).contentType(ContentType.JSON)
                    .body(Map.of("certificateId", client.certificateId, "kind", "SUSPENSION",
                            "suspensionReason", "CLIENT_REQUEST", "reason", "The client asks to pause its certification."))
                    .post("/api/v1/decisions")
                    .then().statusCode(201).extract().path("id");
            as("decider", CERTIFICATE).contentType(ContentType.JSON)
                    .body(Map.of("rationale", "Suspended at the client's request."))
                    .post("/api/v1/decisions/" + decisionId + "/grant")
                    .then().statusCode(200);
        }
        Duration granting = Duration.ofNanos(System.nanoTime() - t0);
        EventLedger ledger = new EventLedger(platform.postgres());
        ledger.awaitSettled(Duration.ofMinutes(10));
        assertThat(ledger.published(SCHEDULING, CANCELLED)).isEqualTo(chains);
        assertThat(deadLetters()).isZero();

        List<Long> hop1 = latencies(SUSPENDED, CERTIFICATE, SCHEDULING);
        List<Long> hop2 = latencies(CANCELLED, SCHEDULING, AUDIT);
        System.out.printf("%n%d suspensions granted in %.1f s (%.1f per second), one after the other%n", chains,
                granting.toMillis() / 1000.0, chains * 1000.0 / granting.toMillis());
        System.out.println("commit -> effect latency (ms)         events    p50    p95    p99    max");
        report("hop 1 CertificateSuspended  certificate -> scheduling", hop1);
        report("hop 2 AuditCancelled        scheduling -> audit      ", hop2);
        report("      CertificateSuspended  certificate -> client    ", latencies(SUSPENDED, CERTIFICATE, CLIENT));
        System.out.println();
        assertThat(hop1).hasSize(chains);
        assertThat(hop2).hasSize(chains);
    }

    /**
     * Clients certified on four desks at once, each surveillance booked with a lead auditor of its own so that the
     * bookings never compete for one auditor.
     */
    private List<TransferringClient> certifyAndBook(int chains) throws Exception {
        LocalDate expiry = LocalDate.now(ZoneOffset.UTC).plusMonths(20);
        ExecutorService desks = Executors.newFixedThreadPool(4);
        try {
            List<Future<TransferringClient>> done = new ArrayList<>();
            IntStream.range(0, chains).forEach(n -> done.add(desks.submit(() -> {
                TransferringClient client = new TransferringClient("Benchmark client " + n + " Ltd", expiry);
                registerAuditor("lead-" + n, true);
                contractTransfer(client);
                grantTransfer(client);
                bookSurveillance(client, "lead-" + n);
                return client;
            })));
            List<TransferringClient> clients = new ArrayList<>();
            for (Future<TransferringClient> f : done) {
                clients.add(f.get());
                if (clients.size() % 100 == 0) {
                    System.out.println(clients.size() + " clients certified, their surveillances booked");
                }
            }
            return clients;
        } finally {
            desks.shutdown();
        }
    }

    /** Per event of this type: its consumer's processed_at minus its producer's occurred_at, in milliseconds. */
    private List<Long> latencies(String eventType, String producer, String consumer) {
        Map<String, OffsetDateTime> occurred = times(producer, "SELECT id::text, occurred_at FROM outbox_event "
                + "WHERE event_type = '" + eventType + "'");
        Map<String, OffsetDateTime> processed = times(consumer, "SELECT event_id::text, processed_at FROM processed_event "
                + "WHERE event_type = '" + eventType + "'");
        return occurred.entrySet().stream().filter(e -> processed.containsKey(e.getKey()))
                .map(e -> Duration.between(e.getValue(), processed.get(e.getKey())).toMillis())
                .sorted().toList();
    }

    private Map<String, OffsetDateTime> times(String service, String sql) {
        try (Connection c = platform.postgres().connect(Platform.DATABASES.get(service));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            Map<String, OffsetDateTime> times = new HashMap<>();
            while (rs.next()) {
                times.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class));
            }
            return times;
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + sql, e);
        }
    }

    private static void report(String hop, List<Long> sorted) {
        System.out.printf("%s %6d %6d %6d %6d %6d%n", hop, sorted.size(), percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted.getLast());
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1);
    }
}
