package io.opencert.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ServiceProcessTest {

    @TempDir
    Path dir;

    @Test
    void startsWaitsRestartsAndStopsAPackagedService() throws Exception {
        Path module = fakeModule();
        Path log = dir.resolve("fake.log");
        ServiceProcess s = ServiceProcess.start("fake-service", module, 0, 0,
                Map.of("READY_DELAY_MS", "700", "CB_CLOCK_ADJUSTABLE", "true"), List.of("-Xmx64m"), log);
        try {
            s.waitUntilReady(Duration.ofSeconds(30));
            assertTrue(s.lastStartupTime().toMillis() >= 700, "waited for readiness, not just the port");
            long pid = s.pid();
            assertTrue(pid > 0 && ProcessHandle.of(pid).orElseThrow().info().command().orElse("").endsWith("java"));
            assertTrue(s.rssKb() > 10_000, "RSS of a JVM: " + s.rssKb());
            assertEquals("true", get(s.baseUrl() + "/env/CB_CLOCK_ADJUSTABLE"));
            assertEquals(String.valueOf(s.port()), get(s.baseUrl() + "/env/QUARKUS_HTTP_PORT"));
            assertNotEquals(s.baseUrl(), s.managementUrl());
            assertEquals(200, status(s.managementUrl() + "/q/health/ready"));
            assertTrue(Files.readString(log).contains("fake service listening on " + s.port()));

            int port = s.port();
            s.restart().waitUntilReady(Duration.ofSeconds(30));
            assertEquals(port, s.port());
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "old JVM gone");

            long pid2 = s.pid();
            s.stop();
            ProcessHandle.of(pid2).ifPresent(h -> h.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join());
            assertFalse(ProcessHandle.of(pid2).map(ProcessHandle::isAlive).orElse(false), "stopped");
            assertFalse(s.isRunning());
            assertThrows(IllegalStateException.class, () -> s.waitUntilReady(Duration.ofSeconds(1)));

            s.start().waitUntilReady(Duration.ofSeconds(30));
            long pid3 = s.pid();
            s.kill();
            assertFalse(ProcessHandle.of(pid3).map(ProcessHandle::isAlive).orElse(false), "killed");
        } finally {
            s.close();
        }
    }

    @Test
    void theFirstRunOfABuildRecordsTheAotCacheAndLaterRunsStartFromIt() throws Exception {
        assumeTrue(AotCache.supported(), "the AOT cache needs JDK 25");
        Path module = fakeModule();
        Path cache = new AotCache(ServiceProcess.quarkusRunJar(module)).file();
        ServiceProcess s = ServiceProcess.start("fake-service", module, 0, 0, Map.of(), List.of("-Xmx64m"),
                dir.resolve("aot.log"));
        try {
            s.waitUntilReady(Duration.ofSeconds(30));
            assertTrue(commandLine(s).contains("-XX:AOTCacheOutput="), commandLine(s));
            s.stop();
            assertTrue(Files.size(cache) > 0, "written as the first run stopped");

            s.start().waitUntilReady(Duration.ofSeconds(30));
            assertTrue(commandLine(s).contains("-XX:AOTCache=" + cache), commandLine(s));
            assertFalse(Files.readString(dir.resolve("aot.log")).contains("Unable to use AOT cache"),
                    "the JVM takes the cache");
            s.kill();
            assertTrue(Files.size(cache) > 0, "a killed run leaves the cache as it was");

            // a new build of the service records again
            Files.setLastModifiedTime(ServiceProcess.quarkusRunJar(module),
                    FileTime.fromMillis(Files.getLastModifiedTime(cache).toMillis() + 1000));
            s.start().waitUntilReady(Duration.ofSeconds(30));
            assertTrue(commandLine(s).contains("-XX:AOTCacheOutput="), commandLine(s));
        } finally {
            s.close();
        }
        try (var left = Files.list(cache.getParent())) {
            assertEquals(List.of(cache), left.filter(f -> f.toString().endsWith(".aot")).toList(),
                    "no recording left behind");
        }
    }

    private static String commandLine(ServiceProcess s) {
        return String.join(" ", ProcessHandle.of(s.pid()).orElseThrow().info().arguments().orElse(new String[0]));
    }

    @Test
    void aMissingPackageIsReportedClearly() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ServiceProcess.start("nothing",
                dir.resolve("nothing"), 0, 0, Map.of(), List.of(), dir.resolve("n.log")));
        assertTrue(e.getMessage().contains("quarkus-run.jar"), e.getMessage());
    }

    /** A module directory whose target/quarkus-app/quarkus-run.jar runs {@link FakeService} from the test classes. */
    private Path fakeModule() throws Exception {
        Path module = dir.resolve("fake-service");
        Path jar = ServiceProcess.quarkusRunJar(module);
        Files.createDirectories(jar.getParent());
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        Path classes = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        mf.getMainAttributes().put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, mf)) {
            // manifest only
        }
        return module;
    }

    private static int status(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
