package io.opencert.scheduling.programme.dto;

import io.opencert.events.model.TeamRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/**
 * Dates and team for a planned audit. Without {@code endDate} the audit takes one calendar day per audit day
 * (a half day counts as a whole one).
 */
public record BookingRequest(@NotNull LocalDate startDate,
                             LocalDate endDate,
                             @NotEmpty List<@Valid @NotNull Member> team) {

    public record Member(@NotBlank String username, @NotNull TeamRole role) {
    }
}
