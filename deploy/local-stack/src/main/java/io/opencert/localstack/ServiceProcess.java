package io.opencert.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A packaged Quarkus service ({@code <module>/target/quarkus-app/quarkus-run.jar}) running in its own JVM (the JVM
 * that runs this code), under the {@link ChildProcess} watchdog, from its {@link AotCache} when there is one. Output
 * goes to a log file.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Path jar;
    private final int port;
    private final int managementPort;
    private final Map<String, String> env;
    private final List<String> jvmArgs;
    private final Path logFile;
    private final AotCache aot;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private ChildProcess process;
    private long startedAt;
    private Duration lastStartup = Duration.ZERO;

    private ServiceProcess(String name, Path jar, int port, int managementPort, Map<String, String> env,
                           List<String> jvmArgs, Path logFile) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.managementPort = managementPort;
        this.env = env;
        this.jvmArgs = jvmArgs;
        this.logFile = logFile;
        this.aot = new AotCache(jar);
    }

    /**
     * Starts a service (does not wait: see {@link #waitUntilReady(Duration)}).
     *
     * @param name      for messages, e.g. "client-service"
     * @param moduleDir the Maven module directory; the service is {@code target/quarkus-app/quarkus-run.jar} in it
     * @param port      HTTP port (0 = a free one); passed as QUARKUS_HTTP_PORT
     * @param managementPort port of the management interface, health, metrics, OpenAPI and Swagger UI (0 = a free
     *                  one other than {@code port}); passed as QUARKUS_MANAGEMENT_PORT
     * @param env       further environment variables (QUARKUS_DATASOURCE_..., KAFKA_BOOTSTRAP_SERVERS, ...)
     * @param jvmArgs   JVM options, e.g. -Xmx256m
     * @param logFile   where stdout and stderr go (appended)
     */
    public static ServiceProcess start(String name, Path moduleDir, int port, int managementPort,
                                       Map<String, String> env, List<String> jvmArgs, Path logFile) {
        Path jar = quarkusRunJar(moduleDir);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " not found: package the service first (./mvnw -B install -DskipTests)");
        }
        int http = Ports.orFree(port);
        int management = Ports.orFree(managementPort);
        while (managementPort == 0 && management == http) {
            management = Ports.orFree(0);
        }
        ServiceProcess s = new ServiceProcess(name, jar, http, management, Map.copyOf(env), List.copyOf(jvmArgs),
                logFile);
        s.start();
        return s;
    }

    /** {@code <moduleDir>/target/quarkus-app/quarkus-run.jar} */
    public static Path quarkusRunJar(Path moduleDir) {
        return moduleDir.resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Starts the JVM again after {@link #stop()} (same port, environment and log file). No-op when running. */
    public synchronized ServiceProcess start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        Ports.requireFree(port, name);
        Ports.requireFree(managementPort, name + " (management)");
        Map<String, String> e = new LinkedHashMap<>(env);
        e.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        e.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        List<String> cmd = new ArrayList<>();
        cmd.add(Files2.currentJava());
        cmd.addAll(jvmArgs);
        // options that name an AOT cache themselves are the caller's choice
        if (jvmArgs.stream().noneMatch(arg -> arg.startsWith("-XX:AOT"))) {
            cmd.addAll(aot.nextRun());
        }
        cmd.add("-jar");
        cmd.add(jar.toString());
        startedAt = System.nanoTime();
        process = ChildProcess.start(name, cmd, e, jar.getParent(), logFile,
                aot.recording() ? AotCache.RECORDING_STOP_GRACE : Duration.ofSeconds(10));
        return this;
    }

    /** Polls {@code /q/health/ready} of the management interface until it answers 200; fails early if the process exits. */
    public ServiceProcess waitUntilReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri = URI.create(managementUrl() + "/q/health/ready");
        int last = -1;
        while (System.nanoTime() < deadline) {
            ChildProcess p;
            synchronized (this) {
                p = process;
            }
            if (p == null || !p.isAlive()) {
                throw new IllegalStateException(name + " is not running (exit " + (p == null ? "-" : p.exitCode()
                        .map(String::valueOf).orElse("?")) + "); log " + logFile + ":\n" + ChildProcess.tail(logFile, 60));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET()
                        .build(), HttpResponse.BodyHandlers.discarding());
                last = r.statusCode();
                if (last == 200) {
                    lastStartup = Duration.ofNanos(System.nanoTime() - startedAt);
                    return this;
                }
            } catch (IOException ex) {
                // not listening yet
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", ex);
            }
            ChildProcess.sleep(200);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + " (last status " + last + "); log "
                + logFile + ":\n" + ChildProcess.tail(logFile, 60));
    }

    /**
     * Graceful stop (SIGTERM), forced (SIGKILL) after 10 s; after 90 s for a run that records the AOT cache, which it
     * writes as it exits.
     */
    public synchronized void stop() {
        if (process != null) {
            process.stop();
            process = null;
            aot.runEnded();
        }
    }

    /** Crash simulation: SIGKILL to the service JVM, no graceful shutdown. */
    public synchronized void kill() {
        if (process != null) {
            ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
            process.stop();
            process = null;
            aot.runEnded();
        }
    }

    /** {@link #stop()} then {@link #start()}; call {@link #waitUntilReady} afterwards. */
    public synchronized ServiceProcess restart() {
        stop();
        return start();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:PORT} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The management interface: health, metrics, OpenAPI and Swagger UI under {@code /q}. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public Map<String, String> environment() {
        return env;
    }

    public Path logFile() {
        return logFile;
    }

    /** Time from the last start until /q/health/ready answered 200. */
    public Duration lastStartupTime() {
        return lastStartup;
    }

    /** Pid of the service JVM, -1 when stopped. */
    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    /** VmRSS in KiB of the service JVM (and any process it started), 0 when stopped. */
    public synchronized long rssKb() {
        return process == null ? 0 : process.rssKb();
    }

    @Override
    public void close() {
        stop();
    }
}
