package io.opencert.certificate.certsearch;

import io.opencert.commons.problem.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportWindowTest {
    private static final Instant NOW = Instant.parse("2026-03-20T09:30:00Z");

    @Test
    void aDateStartsAtMidnightUtcAndTheWindowEndsNow() {
        assertThat(ExportWindow.of("2026-03-14", null, NOW))
                .isEqualTo(new ExportWindow(Instant.parse("2026-03-14T00:00:00Z"), NOW));
        assertThat(ExportWindow.of("2026-03-14T10:00:00+01:00", "2026-03-15", NOW))
                .isEqualTo(new ExportWindow(Instant.parse("2026-03-14T09:00:00Z"), Instant.parse("2026-03-15T00:00:00Z")));
        assertThat(ExportWindow.day(LocalDate.of(2026, 3, 14))).isEqualTo(new ExportWindow(
                Instant.parse("2026-03-14T00:00:00Z"), Instant.parse("2026-03-15T00:00:00Z")));
    }

    @Test
    void whatIsNoMomentIsRefusedByName() {
        assertThatThrownBy(() -> ExportWindow.of("yesterday", null, NOW)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("changedSince: must be a date (2026-03-14) or an instant");
        assertThatThrownBy(() -> ExportWindow.of(null, null, NOW)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("changedSince");
        assertThatThrownBy(() -> ExportWindow.of("2026-03-14", "2026-02-30", NOW)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("changedBefore");
        assertThatThrownBy(() -> ExportWindow.of("2026-03-21", null, NOW)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("changedBefore: must be after changedSince (2026-03-21T00:00:00Z)");
        assertThatThrownBy(() -> ExportWindow.date("date", "14.03.2026")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("date: must be a date (2026-03-14)");
    }
}
