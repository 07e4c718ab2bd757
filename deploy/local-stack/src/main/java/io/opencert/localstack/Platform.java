package io.opencert.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The whole platform on one machine without Docker: PostgreSQL (one database per service), Kafka (the four topics
 * and their {@code .dlq}), Keycloak (realm certification) and the four packaged services, wired with the environment
 * variables of the conventions. Used by {@link LocalPlatform} and by the end-to-end tests.
 *
 * <pre>{@code
 * try (Platform p = Platform.start(Platform.Options.forTests(root))) {
 *     String token = p.keycloak().passwordToken("staff", "staff");
 *     String url = p.service("client-service").baseUrl();
 * }
 * }</pre>
 */
public final class Platform implements AutoCloseable {

    /** Service module → database. */
    public static final Map<String, String> DATABASES = orderedMap(
            "client-service", "client",
            "audit-service", "audit",
            "certificate-service", "certificate",
            "scheduling-service", "scheduling",
            "notification-service", "notification");

    /** The services in start order, with their default local ports. */
    public static final Map<String, Integer> DEFAULT_SERVICE_PORTS = orderedMap(
            "client-service", 8081,
            "audit-service", 8082,
            "certificate-service", 8083,
            "scheduling-service", 8084,
            "notification-service", 8085);

    public static final List<String> SERVICES = List.copyOf(DEFAULT_SERVICE_PORTS.keySet());

    /**
     * A service's JVM sized like its container (see the chart's values): the serial collector, which returns unused
     * heap and needs no threads of its own, and a heap that starts small and stops at 256 MiB.
     */
    public static final List<String> SMALL_SERVICE_JVM = List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx256m",
            "-XX:MaxHeapFreeRatio=30", "-XX:MinHeapFreeRatio=10", "-Xss512k", "-XX:ReservedCodeCacheSize=64m");

    /** A service on a fixed port has its management interface 1000 above it: 9081-9084 for the local run. */
    public static final int MANAGEMENT_PORT_OFFSET = 1000;

    public static final List<String> TOPICS = List.of(
            "cb.client-events", "cb.scheduling-events", "cb.audit-events", "cb.certificate-events",
            "cb.notification-events");

    /**
     * The topics each service consumes, as its application.properties says (a test holds the two equal): its Kafka
     * user may read these, and nothing else; it writes only its own topic ({@link #topicOf}).
     */
    public static final Map<String, List<String>> CONSUMED_TOPICS = orderedMap(
            "client-service", List.of("cb.certificate-events"),
            "audit-service", List.of("cb.client-events", "cb.scheduling-events"),
            "certificate-service", List.of("cb.client-events", "cb.scheduling-events", "cb.audit-events"),
            "scheduling-service", List.of("cb.client-events", "cb.audit-events", "cb.certificate-events"),
            "notification-service", List.of("cb.client-events", "cb.scheduling-events", "cb.audit-events",
                    "cb.certificate-events"));

    public static final int DEFAULT_POSTGRES_PORT = 55432;
    public static final int DEFAULT_KAFKA_PORT = 59092;
    public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 59093;
    public static final int DEFAULT_KEYCLOAK_PORT = 58080;
    public static final int DEFAULT_SMTP_PORT = 53025;
    public static final int DEFAULT_IMAP_PORT = 53143;
    public static final int DEFAULT_MAIL_API_PORT = 58025;

    /** The one topic a service publishes on, e.g. {@code cb.client-events} for client-service. */
    public static String topicOf(String service) {
        return "cb." + service.substring(0, service.length() - "-service".length()) + "-events";
    }

    /** The topics and their dead-letter topics. */
    public static List<String> allTopics() {
        List<String> all = new ArrayList<>(TOPICS);
        TOPICS.forEach(t -> all.add(t + ".dlq"));
        return all;
    }

    /** What to start and where. Ports 0 mean "a free port". */
    public static final class Options {
        Path root = Path.of(".").toAbsolutePath().normalize();
        Path workDir;                    // logs, Kafka data, Keycloak homes; null = temporary
        Path postgresDataDir;            // null = temporary
        int postgresPort;
        int kafkaPort;
        int kafkaControllerPort;
        int keycloakPort;
        int smtpPort;
        int imapPort;
        int mailApiPort;
        Path realmFile;                  // null = the one packaged with local-stack
        final Map<String, Integer> servicePorts = new LinkedHashMap<>();
        final Map<String, String> serviceEnv = new LinkedHashMap<>();
        final Map<String, Map<String, String>> perServiceEnv = new LinkedHashMap<>();
        List<String> serviceJvmArgs = SMALL_SERVICE_JVM;
        boolean demoData;
        boolean clockAdjustable = true;
        Duration readyTimeout = Duration.ofSeconds(120);
        PrintStream progress;

        private Options() {
            SERVICES.forEach(s -> servicePorts.put(s, 0));
        }

        /** Free ports, temporary directories, all four services, no demo data, adjustable clock (CB_CLOCK_ADJUSTABLE). */
        public static Options forTests(Path repoRoot) {
            return new Options().root(repoRoot);
        }

        /**
         * The local run: fixed ports (PostgreSQL 55432, Kafka 59092/59093, Keycloak 58080, the mail server's SMTP
         * 53025, IMAP 53143 and API 58025, services 8081-8085 with their management interfaces on 9081-9085),
         * persistent PostgreSQL data and logs in {@code <root>/.local-stack}, demo data, real clock.
         */
        public static Options local(Path repoRoot) {
            Options o = new Options().root(repoRoot);
            Path dir = o.root.resolve(".local-stack");
            o.workDir = dir;
            o.postgresDataDir = dir.resolve("postgres");
            o.postgresPort = DEFAULT_POSTGRES_PORT;
            o.kafkaPort = DEFAULT_KAFKA_PORT;
            o.kafkaControllerPort = DEFAULT_KAFKA_CONTROLLER_PORT;
            o.keycloakPort = DEFAULT_KEYCLOAK_PORT;
            o.smtpPort = DEFAULT_SMTP_PORT;
            o.imapPort = DEFAULT_IMAP_PORT;
            o.mailApiPort = DEFAULT_MAIL_API_PORT;
            o.servicePorts.putAll(DEFAULT_SERVICE_PORTS);
            o.demoData = true;
            o.clockAdjustable = false;
            o.progress = System.out;
            return o;
        }

        public Options root(Path root) {
            this.root = root.toAbsolutePath().normalize();
            return this;
        }

        public Options workDir(Path dir) {
            this.workDir = dir == null ? null : dir.toAbsolutePath();
            return this;
        }

        public Options postgresDataDir(Path dir) {
            this.postgresDataDir = dir == null ? null : dir.toAbsolutePath();
            return this;
        }

        public Options postgresPort(int port) {
            this.postgresPort = port;
            return this;
        }

        public Options kafkaPorts(int port, int controllerPort) {
            this.kafkaPort = port;
            this.kafkaControllerPort = controllerPort;
            return this;
        }

        public Options keycloakPort(int port) {
            this.keycloakPort = port;
            return this;
        }

        public Options realmFile(Path realm) {
            this.realmFile = realm;
            return this;
        }

        /** Only these services (in the given order); none = infrastructure only. */
        public Options services(String... names) {
            Map<String, Integer> keep = new LinkedHashMap<>();
            for (String n : names) {
                if (!DEFAULT_SERVICE_PORTS.containsKey(n)) {
                    throw new IllegalArgumentException("unknown service " + n + "; known: " + SERVICES);
                }
                keep.put(n, servicePorts.getOrDefault(n, 0));
            }
            servicePorts.clear();
            servicePorts.putAll(keep);
            return this;
        }

        public Options infrastructureOnly() {
            return services();
        }

        public Options servicePort(String service, int port) {
            if (!servicePorts.containsKey(service)) {
                throw new IllegalArgumentException("service " + service + " is not selected");
            }
            servicePorts.put(service, port);
            return this;
        }

        /** An environment variable for every service (overrides the defaults). */
        public Options env(String name, String value) {
            serviceEnv.put(name, value);
            return this;
        }

        /** An environment variable for one service (overrides everything else). */
        public Options env(String service, String name, String value) {
            perServiceEnv.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        public Options serviceJvmArgs(String... args) {
            this.serviceJvmArgs = List.of(args);
            return this;
        }

        /** Demo data entered through the APIs once the services are up (needs client- and scheduling-service). */
        public Options demoData(boolean on) {
            this.demoData = on;
            return this;
        }

        /** CB_CLOCK_ADJUSTABLE */
        public Options clockAdjustable(boolean on) {
            this.clockAdjustable = on;
            return this;
        }

        public Options readyTimeout(Duration timeout) {
            this.readyTimeout = timeout;
            return this;
        }

        /** Where to report progress (null = quiet). */
        public Options progress(PrintStream out) {
            this.progress = out;
            return this;
        }
    }

    private final Options options;
    private final Path workDir;
    private final TempDir temporaryWorkDir; // null when the caller gave the work directory
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;
    private MailServer mail;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Duration> startupTimes = new LinkedHashMap<>();
    private final Map<String, String> demoOrganisations = new LinkedHashMap<>();
    private final Thread hook = new Thread(this::close, "platform-closer");
    private volatile boolean closed;

    private Platform(Options options, Path workDir, TempDir temporaryWorkDir) {
        this.options = options;
        this.workDir = workDir;
        this.temporaryWorkDir = temporaryWorkDir;
    }

    /** Starts everything and waits until every service is ready; on failure, stops what was started. */
    public static Platform start(Options options) {
        TempDir temp = options.workDir == null ? TempDir.create("platform", stale -> { }) : null;
        Path dir = temp != null ? temp.path() : options.workDir;
        try {
            Files.createDirectories(dir.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Platform p = new Platform(options, dir, temp);
        Runtime.getRuntime().addShutdownHook(p.hook);
        try {
            p.startAll();
            return p;
        } catch (RuntimeException | Error e) {
            p.close();
            throw e;
        }
    }

    private void startAll() {
        Options o = options;
        Path logs = workDir.resolve("logs");
        say("Logs of all components: " + logs);
        // Keycloak is the slow one: start it in parallel with PostgreSQL and Kafka
        CompletableFuture<KeycloakServer> kcFuture = CompletableFuture.supplyAsync(() ->
                timed("Keycloak", () -> KeycloakServer.start(o.keycloakPort, o.realmFile, workDir.resolve("keycloak"),
                        logs.resolve("keycloak.log")),
                        kc -> "Keycloak " + kc.issuerUrl()));
        try {
            postgres = timed("PostgreSQL", () -> {
                PostgresServer pg = PostgresServer.start(o.postgresPort, o.postgresDataDir, logs);
                DATABASES.values().forEach(pg::createDatabase);
                return pg;
            }, pg -> "PostgreSQL 127.0.0.1:" + pg.port() + " databases " + DATABASES.values());
            kafka = timed("Kafka", () -> {
                KafkaBroker k = KafkaBroker.start(o.kafkaPort, o.kafkaControllerPort, workDir.resolve("kafka"),
                        logs.resolve("kafka.log"));
                k.createTopics(allTopics().toArray(String[]::new));
                // each service its own user, with the rights to its own topic and those it consumes only
                SERVICES.forEach(service -> {
                    k.addUser(service);
                    k.grant(service, List.of(topicOf(service)), CONSUMED_TOPICS.get(service), service);
                });
                return k;
            }, k -> "Kafka " + k.bootstrapServers() + " topics " + allTopics().size());
            mail = timed("Mail server", () -> MailServer.start(o.smtpPort, o.imapPort, o.mailApiPort,
                    logs.resolve("mail.log")), m -> "SMTP 127.0.0.1:" + m.smtpPort() + ", IMAP 127.0.0.1:"
                    + m.imapPort() + ", " + m.apiUrl());
        } finally {
            try {
                keycloak = kcFuture.get();
            } catch (ExecutionException e) {
                throw unwrap(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (o.servicePorts.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        // a free port is free until someone binds it: two services must not be handed the same one
        Set<Integer> handedOut = new HashSet<>();
        for (var e : o.servicePorts.entrySet()) {
            String name = e.getKey();
            int port = Ports.orFree(e.getValue());
            while (e.getValue() == 0 && !handedOut.add(port)) {
                port = Ports.orFree(0);
            }
            int managementPort = e.getValue() == 0 ? Ports.orFree(0) : e.getValue() + MANAGEMENT_PORT_OFFSET;
            while (e.getValue() == 0 && !handedOut.add(managementPort)) {
                managementPort = Ports.orFree(0);
            }
            Map<String, String> env = new LinkedHashMap<>(serviceEnvironment(name));
            if (name.equals("certificate-service")) {
                // the address the certificates' QR codes and the verification page link to
                env.putIfAbsent("CB_REGISTER_PUBLIC_BASE_URL", "http://127.0.0.1:" + port);
            }
            if (name.equals("notification-service")) {
                // the relay for its mails, and the address of the links in them
                env.putIfAbsent("QUARKUS_MAILER_HOST", "127.0.0.1");
                env.putIfAbsent("QUARKUS_MAILER_PORT", Integer.toString(mail.smtpPort()));
                env.putIfAbsent("CB_NOTIFICATION_PUBLIC_BASE_URL", "http://127.0.0.1:" + port);
            }
            services.put(name, ServiceProcess.start(name, o.root.resolve(name), port, managementPort, env, o.serviceJvmArgs,
                    logs.resolve(name + ".log")));
        }
        List<CompletableFuture<Void>> waits = new ArrayList<>();
        for (ServiceProcess s : services.values()) {
            waits.add(CompletableFuture.runAsync(() -> {
                s.waitUntilReady(o.readyTimeout);
                synchronized (startupTimes) {
                    startupTimes.put(s.name(), s.lastStartupTime());
                }
                say(String.format("  %-20s ready in %5.1f s  %s", s.name(), s.lastStartupTime().toMillis() / 1000.0,
                        s.baseUrl()));
            }));
        }
        try {
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw unwrap(e.getCause());
        }
        startupTimes.put("services (all)", Duration.ofNanos(System.nanoTime() - t0));
        if (o.demoData && services.containsKey("client-service") && services.containsKey("scheduling-service")) {
            demoOrganisations.putAll(DemoData.load(this));
            say("  demo data loaded: auditors, organisations " + demoOrganisations);
        }
    }

    /** The environment variables a service gets (documented in the conventions). */
    public Map<String, String> serviceEnvironment(String service) {
        String db = DATABASES.get(service);
        if (db == null) {
            throw new NoSuchElementException("unknown service " + service);
        }
        Map<String, String> env = new LinkedHashMap<>();
        // the local profile: the local stack's own well-known passwords are allowed, as in development
        env.put("QUARKUS_PROFILE", "local");
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl(db));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(db));
        env.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("CB_KAFKA_PASSWORD", kafka.password(service));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuerUrl());
        env.put("QUARKUS_OIDC_CLIENT_ID", KeycloakServer.API_CLIENT_ID);
        env.put("CB_CLOCK_ADJUSTABLE", Boolean.toString(options.clockAdjustable));
        env.putAll(options.serviceEnv);
        env.putAll(options.perServiceEnv.getOrDefault(service, Map.of()));
        return env;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    /** The mail server the platform's mails go to (it delivers nothing onwards). */
    public MailServer mail() {
        return mail;
    }

    /** A started service by module name, e.g. "certificate-service". */
    public ServiceProcess service(String name) {
        ServiceProcess s = services.get(name);
        if (s == null) {
            throw new NoSuchElementException("service " + name + " was not started; started: " + services.keySet());
        }
        return s;
    }

    public Collection<ServiceProcess> services() {
        return services.values();
    }

    /** Base URL of a started service, e.g. http://127.0.0.1:8083 */
    public String serviceUrl(String name) {
        return service(name).baseUrl();
    }

    /** Base URL of a started service's management interface (health, metrics, OpenAPI), e.g. http://127.0.0.1:9083 */
    public String managementUrl(String name) {
        return service(name).managementUrl();
    }

    public Path workDirectory() {
        return workDir;
    }

    public Path logDirectory() {
        return workDir.resolve("logs");
    }

    /** The organisation id of each demo client user (client-a, client-b), once demo data is loaded. */
    public Map<String, String> demoOrganisations() {
        return Map.copyOf(demoOrganisations);
    }

    /** Start-up time of each component (until ready), in start order. */
    public Map<String, Duration> startupTimes() {
        synchronized (startupTimes) {
            return new LinkedHashMap<>(startupTimes);
        }
    }

    /** RSS in MiB of each running component. */
    public Map<String, Long> rssMb() {
        Map<String, Long> m = new LinkedHashMap<>();
        if (postgres != null) {
            m.put("PostgreSQL", postgres.rssKb() / 1024);
        }
        if (kafka != null) {
            m.put("Kafka", kafka.rssKb() / 1024);
        }
        if (keycloak != null) {
            m.put("Keycloak", keycloak.rssKb() / 1024);
        }
        if (mail != null) {
            m.put("Mail server", ChildProcess.treeRssKb(ProcessHandle.of(mail.pid()).orElseThrow()) / 1024);
        }
        services.forEach((n, s) -> m.put(n, s.rssKb() / 1024));
        return m;
    }

    /** Stops the services, then Keycloak, Kafka and PostgreSQL. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<ServiceProcess> rev = new ArrayList<>(services.values());
        java.util.Collections.reverse(rev);
        rev.parallelStream().forEach(ServiceProcess::stop);
        quietly(keycloak == null ? null : keycloak::close);
        quietly(mail == null ? null : mail::close);
        quietly(kafka == null ? null : kafka::close);
        quietly(postgres == null ? null : postgres::close);
        if (temporaryWorkDir != null) {
            temporaryWorkDir.close();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // in shutdown
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private <T> T timed(String what, java.util.function.Supplier<T> start, java.util.function.Function<T, String> describe) {
        say("Starting " + what + " ...");
        long t0 = System.nanoTime();
        T t = start.get();
        Duration d = Duration.ofNanos(System.nanoTime() - t0);
        synchronized (startupTimes) {
            startupTimes.put(what, d);
        }
        say(String.format("  %-20s ready in %5.1f s  %s", what, d.toMillis() / 1000.0, describe.apply(t)));
        return t;
    }

    private void say(String line) {
        if (options.progress != null) {
            options.progress.println(line);
            options.progress.flush();
        }
    }

    private static void quietly(Runnable r) {
        if (r == null) {
            return;
        }
        try {
            r.run();
        } catch (RuntimeException e) {
            System.err.println("[local-stack] while stopping: " + e);
        }
    }

    private static RuntimeException unwrap(Throwable t) {
        if (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(t);
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orderedMap(Object... kv) {
        Map<String, V> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (V) kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
