package io.opencert.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The JDK's ahead-of-time cache of a packaged service (JDK 25 and later): classes loaded and linked, method profiles
 * and compiled code from an earlier run. The first run of a build records it and writes it beside
 * {@code quarkus-run.jar} when it stops normally; each later run of that build starts from it. A cache belongs to one
 * build and one JDK: a new build (a newer jar) or another JDK records again. A run that is killed records nothing.
 */
final class AotCache {
    /** Writing the cache at exit takes a few seconds, more on a busy machine: the stop of a recording run waits. */
    static final Duration RECORDING_STOP_GRACE = Duration.ofSeconds(90);

    private final Path jar;
    private final Path cache;
    private Path recording;

    AotCache(Path jar) {
        this.jar = jar;
        // only the JDK that recorded a cache can use it
        this.cache = jar.resolveSibling("app-jdk" + Runtime.version() + ".aot");
    }

    static boolean supported() {
        return Runtime.version().feature() >= 25;
    }

    /** The JVM options of the next run: start from the cache, or record one (each recording into a file of its own). */
    synchronized List<String> nextRun() {
        recording = null;
        if (!supported()) {
            return List.of();
        }
        if (current()) {
            return List.of("-XX:AOTCache=" + cache);
        }
        recording = cache.resolveSibling("app-" + UUID.randomUUID() + ".aot");
        return List.of("-XX:AOTCacheOutput=" + recording);
    }

    synchronized boolean recording() {
        return recording != null;
    }

    /** After the run ended: what it recorded, if it got to write it, becomes the cache. */
    synchronized void runEnded() {
        if (recording == null) {
            return;
        }
        try {
            if (Files.size(recording) > 0) {
                Files.move(recording, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            // not written (the run was killed or failed): the next run records again
        } finally {
            try {
                Files.deleteIfExists(recording);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            recording = null;
        }
    }

    Path file() {
        return cache;
    }

    /** A cache of this JDK newer than the jar: recorded from this build. */
    boolean current() {
        try {
            return Files.isRegularFile(cache)
                    && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
