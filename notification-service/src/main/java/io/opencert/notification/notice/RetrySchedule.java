package io.opencert.notification.notice;

import java.time.Duration;
import java.util.Optional;

/**
 * When a mail the relay refused is tried again: after the first wait, doubled each time up to an hour, until it was
 * tried {@code maxAttempts} times; then it is undeliverable and waits for staff.
 */
public record RetrySchedule(Duration firstRetry, int maxAttempts) {
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    public RetrySchedule {
        if (firstRetry.isNegative() || firstRetry.isZero() || maxAttempts < 1) {
            throw new IllegalArgumentException("a retry waits and a mail is tried at least once");
        }
    }

    /** The wait before the next try after {@code attempts} failed ones; empty when the mail is given up. */
    public Optional<Duration> waitAfter(int attempts) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }
}
