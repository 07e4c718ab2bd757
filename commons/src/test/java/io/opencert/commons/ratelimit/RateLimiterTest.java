package io.opencert.commons.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(60), 1_000, now::get);

    @Test
    void eachAddressHasItsOwnAllowanceInAWindow() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).isEmpty();
        }
        now.addAndGet(Duration.ofSeconds(20).toNanos());

        assertThat(limiter.tryAcquire("10.0.0.1")).contains(Duration.ofSeconds(40));
        assertThat(limiter.tryAcquire("10.0.0.2")).isEmpty();
    }

    @Test
    void theAllowanceComesBackWhenTheWindowEnds() {
        for (int i = 0; i < 4; i++) {
            limiter.tryAcquire("10.0.0.1");
        }
        now.addAndGet(Duration.ofSeconds(60).toNanos() - 1);
        assertThat(limiter.tryAcquire("10.0.0.1")).contains(Duration.ofNanos(1));

        now.addAndGet(1);
        assertThat(limiter.tryAcquire("10.0.0.1")).isEmpty();
    }

    @Test
    void aFloodOfAddressesKeepsTheMemoryBoundedAndIsLimitedAsOne() {
        for (int i = 0; i < 100_000; i++) {
            limiter.tryAcquire("198.18." + (i >> 8 & 0xff) + "." + (i & 0xff) + "#" + i);
        }
        assertThat(limiter.keys()).isLessThanOrEqualTo(1_001);
        assertThat(limiter.tryAcquire("203.0.113.9")).as("a new address shares the flood's count").isPresent();

        now.addAndGet(Duration.ofSeconds(60).toNanos());
        assertThat(limiter.tryAcquire("203.0.113.9")).isEmpty();
        assertThat(limiter.keys()).as("the window's counts went with it").isEqualTo(1);
    }

    @Test
    void aLimitNeedsAPositiveAllowanceAndWindow() {
        assertThatThrownBy(() -> new RateLimiter(0, Duration.ofSeconds(1), 1, now::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(1, Duration.ZERO, 1, now::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
