package io.opencert.commons.time;

import io.opencert.commons.problem.NotFoundProblem;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClockResourceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant LATER = Instant.parse("2029-08-24T06:00:00Z");
    private final AdjustableClock clock = new AdjustableClock(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void inProductionTheClockNeverMovesWhateverTheSetting() {
        ClockResource production = new ClockResource(clock, true, List.of("prod"));
        assertThatThrownBy(() -> production.set(new ClockResource.ClockSetting(LATER)))
                .isInstanceOf(NotFoundProblem.class);
        assertThat(clock.instant()).isEqualTo(NOW);
    }

    @Test
    void aDemonstrationOnTheLocalStackMovesItWhenAllowed() {
        assertThat(new ClockResource(clock, true, List.of("local")).set(new ClockResource.ClockSetting(LATER)).now())
                .isEqualTo(LATER);
        assertThatThrownBy(() -> new ClockResource(clock, false, List.of("local")).now())
                .isInstanceOf(NotFoundProblem.class);
    }
}
