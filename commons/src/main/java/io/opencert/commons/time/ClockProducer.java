package io.opencert.commons.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

@ApplicationScoped
public class ClockProducer {
    private final AdjustableClock clock = AdjustableClock.systemUtc();

    @Produces
    @Singleton
    AdjustableClock adjustableClock() {
        return clock;
    }

    @Produces
    @Singleton
    Clock clock() {
        return clock;
    }
}
