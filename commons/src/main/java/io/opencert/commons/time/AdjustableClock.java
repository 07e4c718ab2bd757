package io.opencert.commons.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock every rule and job reads. Runs with the system clock; tests (and a demo or end-to-end run with
 * {@code cb.clock.adjustable=true}) move it forward to see daily jobs act on future dates.
 */
public class AdjustableClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> offset;

    public AdjustableClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    /** A view in another zone moves with this clock: both share the offset. */
    private AdjustableClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    public static AdjustableClock systemUtc() {
        return new AdjustableClock(Clock.systemUTC());
    }

    public void setTo(Instant instant) {
        offset.set(Duration.between(base.instant(), instant));
    }

    public void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    /** Today in UTC, the platform's day for due dates and expiry. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), ZoneOffset.UTC);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(base.withZone(zone), offset);
    }
}
