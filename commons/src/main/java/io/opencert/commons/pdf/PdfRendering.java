package io.opencert.commons.pdf;

import io.opencert.commons.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Lays out documents off the event loop, on as many threads of their own as the machine has cores (more would only
 * share them), so that printing never takes the workers that answer everything else. A document not laid out within
 * the time limit is stopped and refused with 503 {@code document-took-too-long}.
 */
@ApplicationScoped
public class PdfRendering {
    private final Duration timeLimit;
    private final ExecutorService printers;

    PdfRendering(@ConfigProperty(name = "cb.pdf.time-limit", defaultValue = "10s") Duration timeLimit) {
        this.timeLimit = timeLimit;
        AtomicInteger number = new AtomicInteger();
        this.printers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "pdf-printer-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The document {@code layout} lays out, or a 503 problem when it runs out of time (and is interrupted). */
    public Uni<byte[]> render(Supplier<byte[]> layout) {
        return Uni.createFrom().<byte[]>emitter(emitter -> {
                    Future<?> printing = printers.submit(() -> {
                        try {
                            emitter.complete(layout.get());
                        } catch (RuntimeException | Error e) {
                            emitter.fail(e);
                        }
                    });
                    emitter.onTermination(() -> printing.cancel(true));
                })
                .ifNoItem().after(timeLimit).failWith(() -> new ProblemException(503, "document-took-too-long",
                        "Document took too long to print", "The document was not laid out within " + timeLimit.toMillis()
                        + " ms and was stopped; try again later."));
    }

    /** Stops the layout of a document whose time ran out; documents call it for every line they write. */
    public static void stopIfCancelled() throws InterruptedIOException {
        if (Thread.interrupted()) {
            throw new InterruptedIOException("the document ran out of time");
        }
    }

    @PreDestroy
    void stop() {
        printers.shutdownNow();
    }
}
