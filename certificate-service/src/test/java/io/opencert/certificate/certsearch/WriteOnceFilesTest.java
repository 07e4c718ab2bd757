package io.opencert.certificate.certsearch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WriteOnceFilesTest {
    @TempDir
    Path directory;

    @Test
    void aFileWrittenOnceIsNeverReplaced() throws Exception {
        WriteOnceFiles files = new WriteOnceFiles(directory.resolve("certsearch"));

        assertThat(files.write("certsearch-2026-03-14.csv", "first")).isTrue();
        assertThat(files.write("certsearch-2026-03-14.csv", "second, different")).isFalse();

        assertThat(files.read("certsearch-2026-03-14.csv")).hasValue("first".getBytes(StandardCharsets.UTF_8));
        assertThat(files.size("certsearch-2026-03-14.csv")).isEqualTo(5);
        // nothing half-written is left beside it
        try (var left = Files.list(directory.resolve("certsearch"))) {
            assertThat(left.map(path -> path.getFileName().toString()).toList())
                    .containsExactly("certsearch-2026-03-14.csv");
        }
    }

    @Test
    void namesAreListedInOrderAndOnlyThoseThatMatch() {
        WriteOnceFiles files = new WriteOnceFiles(directory);
        files.write("certsearch-2026-03-15.csv", "b");
        files.write("certsearch-2026-03-14.csv", "a");
        files.write("notes.txt", "c");

        assertThat(files.names("certsearch-.*\\.csv")).isEqualTo(List.of("certsearch-2026-03-14.csv",
                "certsearch-2026-03-15.csv"));
        assertThat(new WriteOnceFiles(directory.resolve("none")).names(".*")).isEmpty();
        assertThat(files.read("certsearch-2026-03-16.csv")).isEmpty();
    }
}
