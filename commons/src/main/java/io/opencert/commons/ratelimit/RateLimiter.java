package io.opencert.commons.ratelimit;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * At most {@code limit} requests per key (a client address) in each fixed window; the answer to one more is how long
 * until the window ends. The windows of all keys begin together, so a window's counts are dropped at once when it
 * ends, without a scan. At most {@code maxKeys} keys are counted in a window: beyond that, keys not yet seen share one
 * count, so that a flood of new addresses is limited as one and the memory stays bounded. Thread-safe, and never
 * blocks.
 */
public final class RateLimiter {
    private static final String OTHERS = "";

    private final int limit;
    private final long windowNanos;
    private final int maxKeys;
    private final LongSupplier nanoTime;
    private final long origin;
    private final AtomicReference<Window> current;

    private record Window(long start, ConcurrentHashMap<String, AtomicInteger> counts) {
    }

    public RateLimiter(int limit, Duration window, int maxKeys, LongSupplier nanoTime) {
        if (limit < 1 || window.isZero() || window.isNegative() || maxKeys < 1) {
            throw new IllegalArgumentException("a rate limit needs at least 1 request per positive window and 1 key");
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.maxKeys = maxKeys;
        this.nanoTime = nanoTime;
        this.origin = nanoTime.getAsLong();
        this.current = new AtomicReference<>(new Window(origin, new ConcurrentHashMap<>()));
    }

    /** Counts the request; empty when it is within the limit, else how long the caller should wait. */
    public Optional<Duration> tryAcquire(String key) {
        long now = nanoTime.getAsLong();
        Window window = windowAt(now);
        AtomicInteger count = window.counts().get(key);
        if (count == null) {
            count = window.counts().computeIfAbsent(window.counts().size() < maxKeys ? key : OTHERS,
                    ignored -> new AtomicInteger());
        }
        if (count.incrementAndGet() <= limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(window.start() + windowNanos - now));
    }

    /** How many keys the current window counts: the memory it holds. */
    public int keys() {
        return current.get().counts().size();
    }

    private Window windowAt(long now) {
        Window window = current.get();
        while (now - window.start() >= windowNanos) {
            Window next = new Window(now - (now - origin) % windowNanos, new ConcurrentHashMap<>());
            window = current.compareAndSet(window, next) ? next : current.get();
        }
        return window;
    }
}
