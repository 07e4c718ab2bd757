package io.opencert.certificate.register;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * At most {@code limit} requests per key (a client address) in each fixed window; the answer to one more is how long
 * until the window ends. Thread-safe; windows that ended are swept once many keys have gathered, so the memory stays
 * bounded by the addresses of one window.
 */
public final class RateLimiter {
    private static final int SWEEP_ABOVE_KEYS = 10_000;

    private final int limit;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long start, int count) {
    }

    public RateLimiter(int limit, Duration window, LongSupplier nanoTime) {
        if (limit < 1 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs at least 1 request per positive window");
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Counts the request; empty when it is within the limit, else how long the caller should wait. */
    public Optional<Duration> tryAcquire(String key) {
        long now = nanoTime.getAsLong();
        if (windows.size() > SWEEP_ABOVE_KEYS) {
            windows.values().removeIf(window -> now - window.start() >= windowNanos);
        }
        Window window = windows.compute(key, (ignored, current) -> current == null || now - current.start() >= windowNanos
                ? new Window(now, 1)
                : new Window(current.start(), current.count() + 1));
        if (window.count() <= limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(window.start() + windowNanos - now));
    }
}
