package io.opencert.notification.notice;

import java.time.Duration;
import java.time.Instant;

/**
 * A notice of an event older than {@code maxAge} when it arrives is not sent: a service that reads the topics from
 * their start (a new installation, a reset consumer group) must not mail clients of last year's audits.
 */
public record Timeliness(Duration maxAge) {
    public boolean stale(Instant occurredAt, Instant now) {
        return occurredAt.plus(maxAge).isBefore(now);
    }
}
