package io.opencert.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class ChildProcessTest {

    @TempDir
    Path dir;

    @Test
    void outputGoesToTheLogFileAndTheExitCodeIsReported() throws Exception {
        ChildProcess p = ChildProcess.start("echo", List.of("sh", "-c", "echo hello from child; echo err >&2; exit 3"),
                Map.of(), dir, dir.resolve("echo.log"), Duration.ofSeconds(2));
        assertEquals(3, p.waitFor(Duration.ofSeconds(10)));
        String log = Files.readString(dir.resolve("echo.log"));
        assertTrue(log.contains("hello from child"), log);
        assertTrue(log.contains("err"), log);
    }

    @Test
    void stopKillsTheCommandAndEverythingItStarted() {
        ChildProcess p = ChildProcess.start("tree", List.of("sh", "-c", "sleep 300 & sleep 301 & wait"),
                Map.of("X", "1"), dir, dir.resolve("tree.log"), Duration.ofSeconds(2));
        List<ProcessHandle> tree = awaitTree(p, 4); // watchdog, command, its two sleeps (+ watcher, cat)
        assertTrue(p.rssKb() > 0, "RSS is read from /proc");
        p.stop();
        assertAllDead(tree);
        assertFalse(p.isAlive());
    }

    @Test
    void aCommandThatIgnoresSigtermIsKilledAfterTheGracePeriod() {
        ChildProcess p = ChildProcess.start("stubborn", List.of("sh", "-c", "trap '' TERM; sleep 300 & wait; sleep 300"),
                Map.of(), dir, dir.resolve("stubborn.log"), Duration.ofSeconds(1));
        List<ProcessHandle> tree = awaitTree(p, 3);
        long t0 = System.nanoTime();
        p.stop();
        assertAllDead(tree);
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10), "SIGKILL after the 1 s grace period");
    }

    /** The real thing: a JVM that started a child is killed with SIGKILL; the child must go away on its own. */
    @Test
    void theChildDiesWhenTheParentJvmIsKilledWithSigkill() throws Exception {
        Process parent = new ProcessBuilder(Files2.currentJava(), "-cp", System.getProperty("java.class.path"),
                ChildProcessTest.class.getName() + "$Parent", dir.toString())
                .redirectErrorStream(true).start();
        long childPid;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            String line = r.readLine();
            assertTrue(line != null && line.startsWith("child "), "parent said: " + line);
            childPid = Long.parseLong(line.substring(6).trim());
        }
        ProcessHandle child = ProcessHandle.of(childPid).orElseThrow();
        assertTrue(child.isAlive());
        parent.destroyForcibly(); // SIGKILL: no shutdown hook runs
        parent.waitFor(10, TimeUnit.SECONDS);
        child.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join();
        assertFalse(child.isAlive(), "child " + childPid + " outlived its parent");
    }

    /** Started by the test above in its own JVM. */
    public static final class Parent {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            ChildProcess c = ChildProcess.start("sleeper", List.of("sleep", "300"), Map.of(), dir,
                    dir.resolve("sleeper.log"), Duration.ofSeconds(2));
            System.out.println("child " + c.pid());
            System.out.flush();
            Thread.sleep(300_000);
        }
    }

    private static List<ProcessHandle> awaitTree(ChildProcess p, int atLeast) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<ProcessHandle> tree = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            tree = p.tree();
            if (tree.size() >= atLeast) {
                return tree;
            }
            ChildProcess.sleep(50);
        }
        fail("process tree did not grow to " + atLeast + ": " + tree);
        return tree;
    }

    private static void assertAllDead(List<ProcessHandle> tree) {
        for (ProcessHandle h : tree) {
            h.onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).join();
            assertFalse(h.isAlive(), "still alive: " + h.pid() + " " + h.info().commandLine().orElse(""));
        }
    }
}
