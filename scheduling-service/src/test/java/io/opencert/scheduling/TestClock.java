package io.opencert.scheduling;

import io.opencert.commons.time.AdjustableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The tests' clock: it ticks like the system clock but starts on the morning the test contracts are signed
 * ({@link TestEvents#SIGNED_ON}), so that audits booked in 2027 and later are not in the past whenever the tests run.
 * {@code reset()} returns to that day; {@code setTo} moves it as before.
 */
@ApplicationScoped
public class TestClock {
    public static final Instant STARTS_AT = TestEvents.SIGNED_ON.atTime(8, 0).toInstant(java.time.ZoneOffset.UTC);

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    AdjustableClock clock() {
        Clock system = Clock.systemUTC();
        return new AdjustableClock(Clock.offset(system, Duration.between(system.instant(), STARTS_AT)));
    }
}
