package io.opencert.commons.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The processor time the current thread spends on a piece of work: what a request costs the service, and unlike the
 * time on the clock it does not grow when other builds share the machine.
 */
public final class CpuTime {
    private CpuTime() {
    }

    public interface Work<T> {
        T run() throws Exception;
    }

    public record Measured<T>(T result, Duration cpu) {
    }

    public static <T> Measured<T> of(Work<T> work) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();
        T result = work.run();
        return new Measured<>(result, Duration.ofNanos(threads.getCurrentThreadCpuTime() - started));
    }
}
