package io.opencert.e2e;

import io.opencert.localstack.Platform;
import io.opencert.localstack.ServiceProcess;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement, not a test (surefire does not pick it up by its name; run it with {@code -Pstartup}, see
 * README.md): each packaged service started alone, the others running idle, {@code benchmark.runs} times (5): the time
 * from the JVM's start to its readiness on the management interface, its resident memory idle (after
 * {@code benchmark.settle}, 5 s) and after a load (500 reads of a list as staff, 4 at a time). Each service starts
 * from its AOT cache (JDK 25), which the platform's first run of the build recorded.
 */
class StartupBenchmark extends PlatformTest {
    /** A list each service answers staff with from its database. */
    private static final Map<String, String> LISTS = Map.of(
            CLIENT, "/api/v1/clients", AUDIT, "/api/v1/audits", CERTIFICATE, "/api/v1/certificates",
            SCHEDULING, "/api/v1/auditors");

    private record Run(long readyMillis, long idleMib, long loadedMib) {
    }

    /** {@code -Dbenchmark.aot=false} measures the services without the JDK's AOT cache, for comparison. */
    @Override
    Platform.Options options(Platform.Options defaults) {
        if (Boolean.parseBoolean(System.getProperty("benchmark.aot", "true"))) {
            return defaults;
        }
        List<String> jvm = new ArrayList<>(Platform.SMALL_SERVICE_JVM);
        jvm.add("-XX:AOTMode=off");
        return defaults.serviceJvmArgs(jvm.toArray(String[]::new));
    }

    @Test
    void startUpAndMemoryOfEachService() throws Exception {
        int runs = Integer.getInteger("benchmark.runs", 5);
        Duration settle = Duration.ofSeconds(Long.getLong("benchmark.settle", 5));
        StringBuilder report = new StringBuilder(String.format("%n%-20s %-22s %6s %6s %6s%n", "service",
                "measure (" + runs + " runs)", "min", "median", "max"));
        for (String service : Platform.SERVICES) {
            ServiceProcess process = platform.service(service);
            List<Run> measured = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                process.restart().waitUntilReady(PATIENCE);
                long ready = process.lastStartupTime().toMillis();
                Thread.sleep(settle.toMillis());
                long idle = process.rssKb() / 1024;
                load(service);
                measured.add(new Run(ready, idle, process.rssKb() / 1024));
            }
            report.append(line(service, "ready (ms)", measured, Run::readyMillis))
                    .append(line("", "RSS idle (MiB)", measured, Run::idleMib))
                    .append(line("", "RSS after load (MiB)", measured, Run::loadedMib));
            assertThat(measured).allSatisfy(run -> assertThat(run.idleMib()).isPositive());
        }
        System.out.println(report);
    }

    private void load(String service) throws InterruptedException {
        List<Thread> callers = new ArrayList<>();
        for (int caller = 0; caller < 4; caller++) {
            Thread thread = Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 125; i++) {
                    as("staff", service).get(LISTS.get(service)).then().statusCode(200);
                }
            });
            callers.add(thread);
        }
        for (Thread thread : callers) {
            thread.join();
        }
    }

    private static String line(String service, String measure, List<Run> runs, ToLongFunction<Run> value) {
        List<Long> sorted = runs.stream().map(value::applyAsLong).sorted(Comparator.naturalOrder()).toList();
        return String.format("%-20s %-22s %6d %6d %6d%n", service, measure, sorted.getFirst(),
                sorted.get(sorted.size() / 2), sorted.getLast());
    }
}
