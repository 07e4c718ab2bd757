package io.opencert.commons.pdf;

import io.opencert.commons.problem.ProblemException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class PdfRenderingTest {
    private final PdfRendering rendering = new PdfRendering(Duration.ofMillis(300));

    @AfterEach
    void stop() {
        rendering.stop();
    }

    @Test
    void givesTheDocumentLaidOutOnAPrinterThread() {
        byte[] pdf = rendering.render(() -> Thread.currentThread().getName().getBytes()).await().atMost(Duration.ofSeconds(5));

        assertThat(new String(pdf)).startsWith("pdf-printer-");
    }

    @Test
    void stopsADocumentThatRunsOutOfTimeAndRefusesItWith503() throws Exception {
        CompletableFuture<Throwable> stoppedWith = new CompletableFuture<>();

        Throwable refused = catchThrowable(() -> rendering.render(() -> endlessDocument(stoppedWith))
                .await().atMost(Duration.ofSeconds(5)));

        assertThat(refused).isInstanceOf(ProblemException.class);
        ProblemException problem = (ProblemException) refused;
        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.toProblem(null).type().toString()).endsWith("/document-took-too-long");
        assertThat(stoppedWith.get(5, TimeUnit.SECONDS)).as("the printer thread is free again")
                .isInstanceOf(InterruptedIOException.class);
    }

    private static byte[] endlessDocument(CompletableFuture<Throwable> stoppedWith) {
        try (PDDocument document = new PDDocument(); PdfWriter writer = new PdfWriter(document)) {
            while (true) {
                writer.paragraph(writer.regular(), 10, 0, "One more line");
            }
        } catch (IOException e) {
            stoppedWith.complete(e);
            throw new UncheckedIOException(e);
        }
    }
}
