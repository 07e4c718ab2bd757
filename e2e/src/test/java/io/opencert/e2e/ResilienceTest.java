package io.opencert.e2e;

import io.opencert.localstack.Platform;
import io.opencert.localstack.ServiceProcess;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Outages while certification goes on. PostgreSQL stopped for 20 seconds, then frozen for 20 seconds, while the
 * events of contracts just signed are under way; then the services, a few at a time, and the Kafka broker killed
 * (SIGKILL) in turn and restarted while clients transfer to us one after the other. Afterwards nothing is on a
 * dead-letter topic, every event was taken by every service that reads its topic, and its effect is there once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceTest extends PlatformTest {
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    private final AtomicInteger clients = new AtomicInteger();
    private EventLedger ledger;

    @BeforeAll
    void registerTheAuditor() {
        registerAuditor("auditor1", true);
        ledger = new EventLedger(platform.postgres());
    }

    @Test
    @Order(1)
    void eventsUnderWayWaitForAStoppedDatabase() {
        outageWhileContractsAreSigned(platform.postgres()::stop, platform.postgres()::start);
    }

    @Test
    @Order(2)
    void eventsUnderWayWaitForAFrozenDatabase() {
        outageWhileContractsAreSigned(platform.postgres()::freeze, platform.postgres()::thaw);
    }

    @Test
    @Order(3)
    void killingTheServicesAFewAtATimeAndThenTheBrokerLosesNoEventAndAppliesNoneTwice() throws Exception {
        List<TransferringClient> certified = new CopyOnWriteArrayList<>();
        AtomicInteger steps = new AtomicInteger();
        AtomicBoolean going = new AtomicBoolean(true);
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> {
            while (going.get()) {
                TransferringClient client = nextClient();
                try {
                    for (Runnable step : List.<Runnable>of(() -> contractTransfer(client), () -> grantTransfer(client),
                            () -> bookSurveillance(client, "auditor1"), () -> auditSurveillance(client))) {
                        patiently(step);
                        steps.incrementAndGet();
                    }
                    certified.add(client);
                } catch (Exception | AssertionError e) {
                    // cut off mid-request by a kill: the user sees an error; what was committed must still hold
                    System.out.println("transfer of " + client.legalName + " broken off: " + e);
                }
            }
        });

        // a few at a time, a producer with readers of its topic, so that both ends of a hop are down at once
        for (List<String> pair : List.of(List.of(CLIENT, SCHEDULING), List.of(AUDIT, CERTIFICATE, NOTIFICATION))) {
            crashWhileCertifying(steps, () -> {
                List<ServiceProcess> processes = pair.stream().map(platform::service).toList();
                processes.forEach(ServiceProcess::kill);
                processes.forEach(ServiceProcess::start);
                processes.forEach(process -> process.waitUntilReady(PATIENCE));
            });
        }
        crashWhileCertifying(steps, () -> {
            platform.kafka().kill();
            platform.kafka().start();
        });
        int beforeTheLastCrash = certified.size();
        await().atMost(PATIENCE.multipliedBy(2)).until(() -> certified.size() > beforeTheLastCrash);
        going.set(false);
        stream.get();

        assertNothingLostOrTwice();
        for (TransferringClient client : certified) {
            assertThat(as("staff", CLIENT).get("/api/v1/clients/" + client.clientId).then().statusCode(200)
                    .extract().jsonPath().<String>getList("certificates.number")).as(client.legalName)
                    .containsExactly(client.certificateNumber);
            JsonPath programme = as("staff", SCHEDULING).get("/api/v1/programmes/" + client.programmeId)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(plannedAudit(programme, "SURVEILLANCE").get("status")).as(client.legalName).isEqualTo("COMPLETED");
            assertThat(as("decider", CERTIFICATE).queryParam("clientId", client.clientId).get("/api/v1/decisions")
                    .then().statusCode(200).extract().jsonPath().<String>getList("items.kind")).as(client.legalName)
                    .containsExactlyInAnyOrder("TRANSFER", "CONTINUATION");
        }
    }

    /**
     * Contracts are signed on three desks; once the first are signed, and while a reader is behind, the database goes
     * down for 20 seconds (twice the stall threshold) under the requests under way (refused, or held until it thaws). Events signed before are
     * then in an outbox or on a topic, and wait.
     */
    private void outageWhileContractsAreSigned(Runnable down, Runnable up) {
        List<TransferringClient> signed = new CopyOnWriteArrayList<>();
        AtomicBoolean signing = new AtomicBoolean(true);
        ExecutorService staff = Executors.newFixedThreadPool(3);
        List<CompletableFuture<Void>> desks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            desks.add(CompletableFuture.runAsync(() -> {
                while (signing.get()) {
                    TransferringClient client = nextClient();
                    try {
                        contractTransfer(client);
                        signed.add(client);
                    } catch (Exception | AssertionError e) {
                        System.out.println("contract of " + client.legalName + " refused during the outage: " + e);
                        return;
                    }
                }
            }, staff));
        }
        // down at a moment when a reader has not yet taken every event published: scheduling-service stands still
        // (SIGSTOP) until a contract signed meanwhile waits for it, and goes on only once the database is down
        await().atMost(PATIENCE).until(() -> signed.size() >= 3);
        OffsetDateTime wentDown;
        signal(SCHEDULING, "STOP");
        try {
            await().atMost(PATIENCE).until(() -> ledger.untaken().stream().anyMatch(e -> e.startsWith(SCHEDULING + ":")));
            wentDown = OffsetDateTime.now(ZoneOffset.UTC);
            down.run();
        } finally {
            signal(SCHEDULING, "CONT");
        }
        signing.set(false);
        try {
            sleep(OUTAGE);
        } finally {
            up.run();
        }
        OffsetDateTime cameBack = OffsetDateTime.now(ZoneOffset.UTC);
        CompletableFuture.allOf(desks.toArray(CompletableFuture[]::new)).join();
        staff.shutdown();
        platform.services().forEach(service -> service.waitUntilReady(PATIENCE));

        assertNothingLostOrTwice();
        assertThat(eventsTakenAfter(wentDown, cameBack)).as("events published before the outage, taken after it")
                .isPositive();
        for (TransferringClient client : signed) {
            assertThat(await().atMost(PATIENCE).until(() -> as("staff", SCHEDULING)
                    .queryParam("clientId", client.clientId).get("/api/v1/programmes").then().statusCode(200)
                    .extract().jsonPath().<String>getList("items.contractId"), ids -> !ids.isEmpty()))
                    .as(client.legalName).containsExactly(client.contractId);
        }
    }

    /** Sends a signal to a service's JVM, e.g. STOP to hold it still and CONT to let it go on. */
    private void signal(String service, String signal) {
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(platform.service(service).pid()))
                    .inheritIO().start().waitFor();
            assertThat(exit).as("kill -" + signal + " " + service).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Crashes something and brings it back once transfers went on for two more steps since the last crash. */
    private void crashWhileCertifying(AtomicInteger steps, Runnable crashAndRestart) {
        int before = steps.get();
        await().atMost(PATIENCE.multipliedBy(2)).until(() -> steps.get() >= before + 2);
        crashAndRestart.run();
    }

    private void assertNothingLostOrTwice() {
        try {
            ledger.awaitSettled(PATIENCE.multipliedBy(2));
        } catch (AssertionError notSettled) {
            throw new AssertionError(notSettled.getMessage() + "; records on the dead-letter topics: " + deadLetters(),
                    notSettled);
        }
        assertThat(deadLetters()).as("records on the dead-letter topics").isZero();
        assertThat(ledger.untaken()).as("events a reader never took").isEmpty();
        assertThat(ledger.takenButNeverPublished()).as("events taken that were never published").isEmpty();
        assertThat(ledger.effectsNotOncePerCause()).as("effects not applied exactly once").isEmpty();
        assertThat(ledger.changesRecordedTwice()).as("changes an event's effect recorded twice").isEmpty();
    }

    /** Events that a reader took after {@code cameBack} although their producer had written them before {@code wentDown}. */
    private int eventsTakenAfter(OffsetDateTime wentDown, OffsetDateTime cameBack) {
        Map<String, String> writtenBefore = new HashMap<>();
        EventLedger.READERS.keySet().forEach(producer -> ledger.column(producer,
                        "SELECT id::text FROM outbox_event WHERE occurred_at < '" + wentDown + "'")
                .forEach(id -> writtenBefore.put(id, producer)));
        int taken = 0;
        for (String reader : Platform.SERVICES) {
            taken += (int) ledger.column(reader, "SELECT event_id::text FROM processed_event WHERE processed_at > '"
                    + cameBack + "'").stream().filter(writtenBefore::containsKey).count();
        }
        return taken;
    }

    /** A new client; each transferred certificate expires on another day, so that their surveillances never overlap. */
    private TransferringClient nextClient() {
        int n = clients.incrementAndGet();
        return new TransferringClient("Transfer client " + n + " GmbH",
                LocalDate.now(ZoneOffset.UTC).plusMonths(20).plusDays(3L * n));
    }

    /** Runs a step again while the service it calls is down (the request never reached it), for up to two minutes. */
    private static void patiently(Runnable step) {
        patiently(() -> {
            step.run();
            return null;
        });
    }

    private static <T> T patiently(Supplier<T> step) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                return step.get();
            } catch (Exception e) { // REST Assured throws the checked ConnectException undeclared
                if (!unreachable(e) || System.nanoTime() > deadline) {
                    throw e instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(e);
                }
                sleep(Duration.ofMillis(500));
            }
        }
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
