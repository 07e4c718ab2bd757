package io.opencert.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * An Apache Kafka broker (KRaft, combined broker+controller, one node) in its own JVM, started from the Kafka jars
 * that the build resolved (their classpath is a resource of this jar: callers never get Kafka on their classpath).
 *
 * <p>{@link #stop()} (or {@link #kill()}) and {@link #start()} may be called repeatedly: the broker comes back on the
 * same ports with the same data (used to prove that producers with an outbox lose nothing while Kafka is down).
 *
 * <p>Every client authenticates (SASL/SCRAM-SHA-512) and may do only what ACLs allow it ({@link #addUser},
 * {@link #grant}); {@value #ADMIN} is the super user that administers the broker. The passwords are made up when
 * the data directory is formatted and kept beside it ({@code users.properties}).
 */
public final class KafkaBroker implements AutoCloseable {

    public static final int DEFAULT_PARTITIONS = 3;
    /** The super user: topics, users and ACLs, and the tests' own clients. */
    public static final String ADMIN = "admin";
    private static final String CONTROLLER = "controller";
    private static final String MECHANISM = "SCRAM-SHA-512";
    private static final String CP_RESOURCE = "/io/opencert/localstack/kafka.classpath";
    private static final String CP_RUNTIME_RESOURCE = "/io/opencert/localstack/kafka-runtime.classpath";

    private final int port;
    private final int controllerPort;
    private final Path workDir;
    private final TempDir temporary; // null when the work directory is the caller's
    private final Path logFile;
    private final int partitions;
    private final Properties passwords = new Properties();
    private ChildProcess process;
    private Admin admin;
    private Duration lastStartup = Duration.ZERO;

    private KafkaBroker(int port, int controllerPort, Path workDir, TempDir temporary, int partitions, Path logFile) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.workDir = workDir;
        this.temporary = temporary;
        this.partitions = partitions;
        this.logFile = logFile != null ? logFile.toAbsolutePath() : workDir.resolve("kafka.log");
    }

    /** Starts a broker on {@code port} (0 = free port) with a temporary data directory. */
    public static KafkaBroker start(int port) {
        return start(port, 0, null);
    }

    /**
     * Starts a broker.
     *
     * @param port           client port on 127.0.0.1 (0 = free)
     * @param controllerPort KRaft controller port (0 = free)
     * @param workDir        directory for data, configuration and {@code kafka.log}; kept between runs; null for a
     *                       temporary one deleted on {@link #close()}
     */
    public static KafkaBroker start(int port, int controllerPort, Path workDir) {
        return start(port, controllerPort, workDir, null);
    }

    /** As {@link #start(int, int, Path)}, with the broker's log in {@code logFile} (null = workDir/kafka.log). */
    public static KafkaBroker start(int port, int controllerPort, Path workDir, Path logFile) {
        TempDir temporary = workDir == null ? TempDir.create("kafka", stale -> { }) : null;
        try {
            Path dir = temporary != null ? temporary.path() : workDir.toAbsolutePath();
            Files.createDirectories(dir);
            KafkaBroker broker = new KafkaBroker(Ports.orFree(port), Ports.orFree(controllerPort), dir, temporary,
                    DEFAULT_PARTITIONS, logFile);
            try {
                broker.start();
            } catch (RuntimeException e) {
                broker.close();
                throw e;
            }
            return broker;
        } catch (IOException e) {
            if (temporary != null) {
                temporary.close();
            }
            throw new UncheckedIOException(e);
        }
    }

    /** (Re)starts the broker process on the same ports and data; waits until it answers a metadata request. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        long t0 = System.nanoTime();
        Ports.requireFree(port, "Kafka");
        Ports.requireFree(controllerPort, "Kafka controller");
        Path config = workDir.resolve("server.properties");
        Path data = workDir.resolve("data");
        Path users = workDir.resolve("users.properties");
        if (!Files.exists(users)) {
            // data from before the broker required authentication has no users: it starts anew
            Files2.deleteRecursively(data);
            passwords.setProperty(ADMIN, newPassword());
            passwords.setProperty(CONTROLLER, newPassword());
            Files2.writeProperties(users, passwords);
        } else {
            passwords.putAll(Files2.readProperties(users));
        }
        Files2.writeString(config, serverProperties(data));
        Files2.writeString(workDir.resolve("log4j2.properties"), LOG4J2);
        if (!Files.exists(data.resolve("meta.properties"))) {
            ChildProcess format = ChildProcess.start("kafka-storage-format",
                    java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                            "-c", config.toString(), "--ignore-formatted",
                            "--add-scram", MECHANISM + "=[name=" + ADMIN + ",password=" + password(ADMIN) + "]"),
                    Map.of(), workDir, logFile, Duration.ofSeconds(5));
            int rc = format.waitFor(Duration.ofSeconds(60));
            if (rc != 0) {
                throw new IllegalStateException("formatting Kafka storage failed (" + rc + "):\n" + format.logTail(30));
            }
        }
        process = ChildProcess.start("kafka", java("kafka.Kafka", config.toString()), Map.of(), workDir, logFile,
                Duration.ofSeconds(15));
        awaitReady(Duration.ofSeconds(90));
        lastStartup = Duration.ofNanos(System.nanoTime() - t0);
    }

    /** Stops the broker process (controlled shutdown); data and ports are kept for {@link #start()}. */
    public synchronized void stop() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    /**
     * Crash simulation: SIGKILL to the broker JVM, no controlled shutdown; {@link #start()} brings it back on the same
     * ports and data, which it then recovers.
     */
    public synchronized void kill() {
        if (admin != null) {
            admin.close(Duration.ZERO);
            admin = null;
        }
        if (process != null) {
            ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
            process.stop();
            process = null;
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** {@code 127.0.0.1:PORT} */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path workDirectory() {
        return workDir;
    }

    public Path logFile() {
        return logFile;
    }

    /** Duration of the last {@link #start()} until ready. */
    public Duration lastStartupTime() {
        return lastStartup;
    }

    /** Pid of the broker JVM, -1 when stopped. */
    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    /** RSS of the broker JVM in KiB (0 when stopped). */
    public synchronized long rssKb() {
        return process == null ? 0 : process.rssKb();
    }

    /** Creates topics with {@value #DEFAULT_PARTITIONS} partitions; existing topics are left alone. */
    public void createTopics(String... topics) {
        createTopics(partitions, topics);
    }

    /** Creates topics with the given number of partitions (replication factor 1); existing ones are left alone. */
    public synchronized void createTopics(int partitions, String... topics) {
        Set<String> names = new LinkedHashSet<>(Arrays.asList(topics));
        List<NewTopic> newTopics = names.stream().map(t -> new NewTopic(t, partitions, (short) 1)).toList();
        var result = admin().createTopics(newTopics);
        for (var e : result.values().entrySet()) {
            try {
                e.getValue().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException ex) {
                if (!(ex.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + e.getKey(), ex.getCause());
                }
            } catch (Exception ex) {
                throw new IllegalStateException("cannot create topic " + e.getKey(), ex);
            }
        }
    }

    /** What a client needs to connect as {@code user}: the address, SASL/SCRAM and the user's password. */
    public Properties clientProperties(String user) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        p.put(SaslConfigs.SASL_MECHANISM, MECHANISM);
        p.put(SaslConfigs.SASL_JAAS_CONFIG, jaas(user, password(user)));
        return p;
    }

    /** The password of a user of this broker. */
    public String password(String user) {
        String password = passwords.getProperty(user);
        if (password == null) {
            throw new IllegalArgumentException("no user " + user + " on this broker");
        }
        return password;
    }

    /** Adds a user (or keeps the one there is) with no rights yet; its password. */
    public synchronized String addUser(String user) {
        String password = passwords.getProperty(user);
        if (password == null) {
            password = newPassword();
            passwords.setProperty(user, password);
            Files2.writeProperties(workDir.resolve("users.properties"), passwords);
        }
        var upsert = new UserScramCredentialUpsertion(user,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password);
        try {
            admin().alterUserScramCredentials(List.of(upsert)).all().get(30, TimeUnit.SECONDS);
            // the controller committed it; the broker takes it from the metadata log a moment later
            awaitApplied(() -> admin().describeUserScramCredentials(List.of(user)).all().get(30, TimeUnit.SECONDS)
                    .containsKey(user));
        } catch (Exception e) {
            throw new IllegalStateException("cannot add Kafka user " + user, e);
        }
        return password;
    }

    /**
     * Lets {@code user} write {@code writes}, read {@code reads} as consumer group {@code group}, and park what it
     * cannot consume on each read topic's dead-letter topic (and read those back). Nothing else.
     */
    public synchronized void grant(String user, Collection<String> writes, Collection<String> reads, String group) {
        String principal = "User:" + user;
        List<AclBinding> acls = new ArrayList<>();
        BiConsumer<String, List<AclOperation>> onTopic = (topic, operations) -> operations.forEach(operation ->
                acls.add(new AclBinding(new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL),
                        new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW))));
        writes.forEach(topic -> onTopic.accept(topic, List.of(AclOperation.WRITE, AclOperation.DESCRIBE)));
        reads.forEach(topic -> {
            onTopic.accept(topic, List.of(AclOperation.READ, AclOperation.DESCRIBE));
            onTopic.accept(topic + ".dlq", List.of(AclOperation.WRITE, AclOperation.READ, AclOperation.DESCRIBE));
        });
        if (!reads.isEmpty()) {
            acls.add(new AclBinding(new ResourcePattern(ResourceType.GROUP, group, PatternType.LITERAL),
                    new AccessControlEntry(principal, "*", AclOperation.READ, AclPermissionType.ALLOW)));
        }
        try {
            admin().createAcls(acls).all().get(30, TimeUnit.SECONDS);
            AclBindingFilter ofUser = new AclBindingFilter(ResourcePatternFilter.ANY, new AccessControlEntryFilter(
                    principal, null, AclOperation.ANY, AclPermissionType.ANY));
            awaitApplied(() -> admin().describeAcls(ofUser).values().get(30, TimeUnit.SECONDS).containsAll(acls));
        } catch (Exception e) {
            throw new IllegalStateException("cannot grant Kafka ACLs to " + user, e);
        }
    }

    /**
     * Waits until the broker answers with what the controller committed: a client that logs in before the broker
     * has the new user's credentials is refused for good (authentication errors are not retried).
     */
    private static void awaitApplied(Callable<Boolean> applied) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!applied.call()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the broker did not apply the change within 30 s");
            }
            Thread.sleep(50);
        }
    }

    /** Names of the existing topics (internal ones excluded). */
    public synchronized Set<String> topics() {
        try {
            return admin().listTopics().names().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot list topics", e);
        }
    }

    /** Stops the broker; a temporary work directory is deleted. */
    @Override
    public void close() {
        stop();
        if (temporary != null) {
            temporary.close();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminConfig());
        }
        return admin;
    }

    private Properties adminConfig() {
        Properties p = clientProperties(ADMIN);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "local-stack-admin");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        return p;
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Ports.isListening(port)) {
            failIfDead();
            if (System.nanoTime() > deadline) {
                throw notReady("port " + port + " not open");
            }
            ChildProcess.sleep(100);
        }
        Exception last = null;
        while (System.nanoTime() < deadline) {
            failIfDead();
            try {
                var nodes = admin().describeCluster().nodes().get(5, TimeUnit.SECONDS);
                if (!nodes.isEmpty()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            ChildProcess.sleep(100);
        }
        throw notReady("no metadata: " + last);
    }

    private void failIfDead() {
        if (process != null && !process.isAlive()) {
            String tail = process.logTail(40);
            process.stop();
            process = null;
            throw new IllegalStateException("Kafka exited during start-up; log " + logFile + ":\n" + tail);
        }
    }

    private IllegalStateException notReady(String why) {
        String tail = process.logTail(40);
        stop();
        return new IllegalStateException("Kafka not ready (" + why + "); log " + logFile + ":\n" + tail);
    }

    private List<String> java(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Files2.currentJava(),
                "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + workDir.resolve("log4j2.properties"),
                "-cp", classpath(), mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    private static String newPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private String serverProperties(Path data) {
        return """
                # written by io.opencert.localstack.KafkaBroker on every start
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=SASL_PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=SASL_PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=SASL_PLAINTEXT
                listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
                sasl.enabled.mechanisms=SCRAM-SHA-512
                sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
                listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=%5$s
                sasl.mechanism.controller.protocol=PLAIN
                listener.name.controller.sasl.enabled.mechanisms=PLAIN
                listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule \
                  required username="controller" password="%6$s" user_controller="%6$s";
                authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
                super.users=User:admin;User:controller
                allow.everyone.if.no.acl.found=false
                log.dirs=%3$s
                num.partitions=%4$d
                default.replication.factor=1
                min.insync.replicas=1
                auto.create.topics.enable=true
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=%4$d
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                transaction.state.log.num.partitions=%4$d
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                num.network.threads=2
                num.io.threads=4
                log.retention.hours=168
                log.segment.bytes=104857600
                controlled.shutdown.enable=true
                """.formatted(port, controllerPort, data.toString().replace("\\", "/"), partitions,
                jaas(ADMIN, password(ADMIN)), password(CONTROLLER));
    }

    private static final String LOG4J2 = """
            status = warn
            appender.out.type = Console
            appender.out.name = OUT
            appender.out.layout.type = PatternLayout
            appender.out.layout.pattern = [%d] %p %m (%c)%n
            rootLogger.level = INFO
            rootLogger.appenderRef.out.ref = OUT
            logger.state.name = state.change.logger
            logger.state.level = WARN
            logger.request.name = kafka.request.logger
            logger.request.level = WARN
            logger.clients.name = org.apache.kafka.clients
            logger.clients.level = WARN
            """;

    private static volatile String classpath;

    /** The broker's classpath as resolved by the build (both resource files joined, duplicates removed). */
    static String classpath() {
        if (classpath == null) {
            Set<String> entries = new LinkedHashSet<>();
            for (String res : List.of(CP_RESOURCE, CP_RUNTIME_RESOURCE)) {
                try (InputStream in = KafkaBroker.class.getResourceAsStream(res)) {
                    if (in == null) {
                        throw new IllegalStateException(res + " missing: build local-stack with Maven");
                    }
                    String cp = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
                    for (String e : cp.split(java.io.File.pathSeparator)) {
                        if (!e.isBlank()) {
                            entries.add(e.trim());
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            for (String e : entries) {
                if (!Files.exists(Path.of(e))) {
                    throw new IllegalStateException("Kafka classpath entry " + e + " does not exist: rebuild local-stack");
                }
            }
            classpath = String.join(java.io.File.pathSeparator, entries);
        }
        return classpath;
    }
}
