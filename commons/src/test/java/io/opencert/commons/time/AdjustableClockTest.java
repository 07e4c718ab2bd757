package io.opencert.commons.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class AdjustableClockTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final AdjustableClock clock = new AdjustableClock(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void runsWithItsBaseUntilMoved() {
        assertThat(clock.instant()).isEqualTo(NOW);
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void isSetAdvancedAndReset() {
        clock.setTo(Instant.parse("2029-08-24T06:00:00Z"));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2029, 8, 24));
        clock.advance(Duration.ofDays(30));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2029, 9, 23));
        clock.reset();
        assertThat(clock.instant()).isEqualTo(NOW);
    }

    @Test
    void aViewInAnotherZoneMovesWithIt() {
        Clock vienna = clock.withZone(ZoneId.of("Europe/Vienna"));
        clock.advance(Duration.ofDays(1));
        assertThat(vienna.instant()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(vienna.getZone()).isEqualTo(ZoneId.of("Europe/Vienna"));
    }
}
