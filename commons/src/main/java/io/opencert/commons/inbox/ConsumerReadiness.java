package io.opencert.commons.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * Not ready while an event has been in hand longer than {@code cb.inbox.stall-after}: it waits for the
 * infrastructure.
 */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {
    private final ConsumerStalls stalls;
    private final Duration stallAfter;

    ConsumerReadiness(ConsumerStalls stalls, @ConfigProperty(name = "cb.inbox.stall-after") Duration stallAfter) {
        this.stalls = stalls;
        this.stallAfter = stallAfter;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event consumers")
                .withData("events in hand", stalls.count());
        return stalls.longest()
                .filter(stall -> stall.waited(stalls.now()).compareTo(stallAfter) >= 0)
                .map(stall -> response.down()
                        .withData("longest waiting event", stall.eventId() + " (" + stall.type() + ")")
                        .withData("waiting since", stall.since().toString())
                        .withData("error", String.valueOf(stall.error()))
                        .build())
                .orElseGet(() -> response.up().build());
    }
}
