package io.opencert.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A temporary directory {@code ${java.io.tmpdir}/opencert-<kind>/run-<uuid>} that is locked (file lock) while its
 * owner lives. If the owner is killed (SIGKILL) the directory stays behind, but its lock is released by the kernel;
 * the next {@link #create} of the same kind deletes such stale directories.
 */
final class TempDir implements AutoCloseable {

    private static final String LOCK = ".owner.lock";

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private TempDir(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates and locks a new run directory, after deleting stale ones of the same kind.
     *
     * @param reapStale called with a stale directory before it is deleted (e.g. to stop a server left running)
     */
    static TempDir create(String kind, Consumer<Path> reapStale) {
        try {
            Path parent = Path.of(System.getProperty("java.io.tmpdir"), "opencert-" + kind);
            Files.createDirectories(parent);
            reapStaleDirs(parent, reapStale);
            Path dir = parent.resolve("run-" + UUID.randomUUID());
            Files.createDirectories(dir);
            FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = ch.lock();
            return new TempDir(dir, ch, lock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    /** Releases the lock and deletes the directory. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // ignore
        }
        Files2.deleteRecursively(path);
    }

    private static void reapStaleDirs(Path parent, Consumer<Path> reapStale) {
        try (var dirs = Files.list(parent)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("run-")).toList()) {
                Path lockFile = dir.resolve(LOCK);
                if (!Files.exists(lockFile)) {
                    // just being created by someone, or left half-made: only old ones go
                    if (Files.getLastModifiedTime(dir).toMillis() < System.currentTimeMillis() - 3_600_000) {
                        reapStale.accept(dir);
                        Files2.deleteRecursively(dir);
                    }
                    continue;
                }
                try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
                    FileLock l = ch.tryLock();
                    if (l != null) {
                        try {
                            reapStale.accept(dir);
                        } finally {
                            l.release();
                        }
                        Files2.deleteRecursively(dir);
                    }
                } catch (OverlappingFileLockException e) {
                    // owned by this JVM
                } catch (IOException e) {
                    // leave it
                }
            }
        } catch (IOException e) {
            // best effort
        }
    }
}
