package io.opencert.commons.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One clock for the whole service, injectable as {@link java.time.Clock} or as {@link AdjustableClock}. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    AdjustableClock clock() {
        return AdjustableClock.systemUtc();
    }
}
