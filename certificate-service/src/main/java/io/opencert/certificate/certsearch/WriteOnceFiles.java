package io.opencert.certificate.certsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Files of one directory, each written once and never replaced: the content goes to a temporary file first, which is
 * then linked under its name, and linking fails when the name exists. Of several replicas writing the same name at
 * once, one wins; a reader never sees half a file.
 */
final class WriteOnceFiles {
    private final Path directory;

    WriteOnceFiles(Path directory) {
        this.directory = directory;
    }

    /** Writes the file unless one of that name exists; returns whether this call wrote it. */
    boolean write(String name, String content) {
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(name);
            if (Files.exists(target)) {
                return false;
            }
            Path temporary = Files.createTempFile(directory, ".", ".part");
            try {
                Files.writeString(temporary, content, StandardCharsets.UTF_8);
                Files.createLink(target, temporary);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the files that match, in order; none before the first is written. */
    List<String> names(String pattern) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches(pattern)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<byte[]> read(String name) {
        Path file = directory.resolve(name);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long size(String name) {
        try {
            return Files.size(directory.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
