package io.opencert.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A child process that never outlives the JVM that started it, not even when that JVM is killed with SIGKILL.
 *
 * <p>The command runs under a tiny POSIX-shell watchdog whose standard input is a pipe from this JVM. The command
 * itself gets {@code /dev/null} as stdin and its own process group (via {@code setsid}), so that the whole tree it
 * starts (e.g. {@code kc.sh} and the Keycloak JVM) can be signalled at once. When the pipe reaches end-of-file
 * (we closed it in {@link #stop}, or this JVM died and the kernel closed it) the watchdog sends SIGTERM to the
 * command's process group and SIGKILL after the grace period. The watchdog runs in a session of its own too, so
 * a Ctrl-C in the terminal reaches only this JVM, whose shutdown hook then stops the children in order.
 *
 * <p>Output (stdout and stderr) of the command goes to a log file, never to our stdout.
 */
public final class ChildProcess implements AutoCloseable {

    /** Watchdog: $1 grace seconds, $2 pid file, rest the command. Written for dash (no job control needed). */
    private static final String WATCHDOG = """
            g=$1; pf=$2; shift 2
            exec 3<&0 </dev/null
            if command -v setsid >/dev/null 2>&1; then setsid "$@" 3<&- & else "$@" 3<&- & fi
            c=$!
            echo $c > "$pf"
            sig() { kill -"$1" -"$c" 2>/dev/null || kill -"$1" "$c" 2>/dev/null; }
            ( cat <&3 >/dev/null 2>&1; sig TERM; sleep "$g"; sig KILL ) &
            w=$!
            exec 3<&-
            wait $c; s=$?
            i=0
            while kill -0 -"$c" 2>/dev/null && [ $i -lt "$g" ]; do [ $i -eq 0 ] && sig TERM; sleep 1; i=$((i+1)); done
            kill -KILL -"$c" 2>/dev/null
            kill $w 2>/dev/null
            exit $s
            """;

    /**
     * Watcher for a process we did not start through the watchdog (the PostgreSQL postmaster, started by zonky):
     * when our stdin reaches EOF, and $2 (postmaster.pid) still names $1, send SIGINT (PostgreSQL "fast"
     * shutdown), then SIGQUIT/SIGKILL if it does not go away.
     */
    private static final String PID_WATCHER = """
            p=$1; f=$2
            cat >/dev/null 2>&1
            owned() { [ -f "$f" ] && [ "$(head -n 1 "$f" 2>/dev/null)" = "$p" ] && kill -0 "$p" 2>/dev/null; }
            owned || exit 0
            kill -INT "$p"
            i=0; while owned && [ $i -lt 50 ]; do sleep 0.2; i=$((i+1)); done
            owned && kill -QUIT "$p"
            sleep 1
            owned && kill -KILL "$p"
            exit 0
            """;

    private static final List<ChildProcess> LIVE = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildProcess::stopAllLive, "local-stack-child-reaper"));
    }

    private final String name;
    private final Process watchdog;
    private final OutputStream stdin;
    private final Path logFile;
    private final Path pidFile;
    private final Duration grace;
    private volatile Integer exitCode;

    private ChildProcess(String name, Process watchdog, Path logFile, Path pidFile, Duration grace) {
        this.name = name;
        this.watchdog = watchdog;
        this.stdin = watchdog.getOutputStream();
        this.logFile = logFile;
        this.pidFile = pidFile;
        this.grace = grace;
    }

    /**
     * Starts {@code command} under the watchdog.
     *
     * @param name    for messages
     * @param command the command and its arguments
     * @param env     extra environment variables (added to ours)
     * @param workDir working directory, or null for ours
     * @param logFile where stdout and stderr go (appended); its parent directory is created
     * @param grace   time between SIGTERM and SIGKILL when stopping
     */
    public static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workDir,
                                     Path logFile, Duration grace) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Path pidFile = Files.createTempFile(logFile.toAbsolutePath().getParent(), "." + safe(name), ".pid");
            Files.deleteIfExists(pidFile);
            List<String> cmd = new ArrayList<>();
            if (hasSetsid()) {
                cmd.add("setsid"); // the watchdog in a session of its own: a terminal's Ctrl-C reaches only us
            }
            cmd.addAll(List.of("/bin/sh", "-c", WATCHDOG, "watchdog",
                    Long.toString(Math.max(1, grace.toSeconds())), pidFile.toString()));
            cmd.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            if (workDir != null) {
                Files.createDirectories(workDir);
                pb.directory(workDir.toFile());
            }
            pb.environment().putAll(env);
            ChildProcess child = new ChildProcess(name, pb.start(), logFile, pidFile, grace);
            LIVE.add(child);
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + command, e);
        }
    }

    /**
     * Makes sure the (already running) process {@code pid} is stopped with SIGINT when this JVM dies, as long as
     * {@code pidFile}'s first line still names it (guards against pid reuse). Close the returned handle with
     * {@link #stopWatching()} once the process was stopped normally.
     */
    static ChildProcess watchPid(String name, long pid, Path pidFile, Path logFile) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            List<String> cmd = new ArrayList<>();
            if (hasSetsid()) {
                cmd.add("setsid");
            }
            cmd.addAll(List.of("/bin/sh", "-c", PID_WATCHER, "pid-watcher", Long.toString(pid), pidFile.toString()));
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            return new ChildProcess(name, p, logFile, null, Duration.ofSeconds(12));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start watcher for " + name, e);
        }
    }

    /** Ends a {@link #watchPid} watcher without letting it signal anything. */
    void stopWatching() {
        watchdog.destroy(); // SIGTERM to the watcher shell first: it can then no longer send a signal
        try {
            watchdog.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(); // its `cat` gets EOF and exits
    }

    public String name() {
        return name;
    }

    /** Pid of the command itself (not of the watchdog shell). */
    public long pid() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            try {
                if (pidFile != null && Files.exists(pidFile)) {
                    String s = Files.readString(pidFile).trim();
                    if (!s.isEmpty()) {
                        return Long.parseLong(s);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // not written yet
            }
            if (!watchdog.isAlive()) {
                break;
            }
            sleep(10);
        }
        return watchdog.pid();
    }

    /** Pid of the watchdog shell (the direct child of this JVM). */
    public long watchdogPid() {
        return watchdog.pid();
    }

    public boolean isAlive() {
        return watchdog.isAlive();
    }

    /** Exit code of the command if it has ended. */
    public Optional<Integer> exitCode() {
        return watchdog.isAlive() ? Optional.empty() : Optional.of(watchdog.exitValue());
    }

    public Path logFile() {
        return logFile;
    }

    /** The watchdog, the command and everything it started (still attached to our tree). */
    public List<ProcessHandle> tree() {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(watchdog.toHandle());
        watchdog.descendants().forEach(all::add);
        return all;
    }

    /** Resident set size in KiB of the command and its descendants (from /proc; watchdog shells excluded). */
    public long rssKb() {
        long pid = pid();
        return ProcessHandle.of(pid).map(ChildProcess::treeRssKb).orElse(0L);
    }

    /** Sum of VmRSS (KiB) of {@code root} and all its descendants, read from /proc (0 where unavailable). */
    public static long treeRssKb(ProcessHandle root) {
        long sum = vmRssKb(root.pid());
        for (ProcessHandle h : (Iterable<ProcessHandle>) root.descendants()::iterator) {
            sum += vmRssKb(h.pid());
        }
        return sum;
    }

    /** VmRSS of one process in KiB from /proc/PID/status, 0 if unknown. */
    public static long vmRssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone or not Linux
        }
        return 0;
    }

    /**
     * Stops the command: closes the watchdog's stdin (SIGTERM to the command's process group), waits for the
     * watchdog to end (it sends SIGKILL after the grace period), and finally kills anything of the tree that is
     * still alive. Idempotent. Returns the exit code of the command.
     */
    public synchronized int stop() {
        if (exitCode != null) {
            return exitCode;
        }
        List<ProcessHandle> snapshot = tree(); // before the watchdog exits and orphans get re-parented
        closeQuietly();
        try {
            if (!watchdog.waitFor(grace.toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                watchdog.destroyForcibly();
                watchdog.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle h : snapshot) {
            if (h.isAlive()) {
                h.destroyForcibly();
            }
        }
        for (ProcessHandle h : snapshot) {
            try {
                h.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // best effort
            }
        }
        LIVE.remove(this);
        try {
            if (pidFile != null) {
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException e) {
            // ignore
        }
        exitCode = watchdog.isAlive() ? -1 : watchdog.exitValue();
        return exitCode;
    }

    /** Waits for the command to end by itself (e.g. a one-shot tool). Returns its exit code. */
    public int waitFor(Duration timeout) {
        try {
            if (!watchdog.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop();
                throw new IllegalStateException(name + " did not finish within " + timeout + "; see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException("interrupted", e);
        }
        return stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** The last {@code maxLines} lines of the log, for error messages. */
    public String logTail(int maxLines) {
        return tail(logFile, maxLines);
    }

    static String tail(Path file, int maxLines) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - maxLines), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void closeQuietly() {
        try {
            stdin.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private static void stopAllLive() {
        List<ChildProcess> all = new ArrayList<>(LIVE);
        // signal all (newest first: services before infrastructure), then wait for each
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).closeQuietly();
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).stop();
        }
    }

    private static volatile Boolean setsid;

    private static boolean hasSetsid() {
        if (setsid == null) {
            setsid = Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid"));
        }
        return setsid;
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
