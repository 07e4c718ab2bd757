package io.opencert.scheduling.programme.dto;

import io.opencert.commons.text.SingleLine;
import io.opencert.events.model.TeamRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Dates and team for a planned audit. Without {@code endDate} the audit takes one calendar day per audit day
 * (a half day counts as a whole one). {@code deviation}: why the audit takes place outside its due window (or leaves
 * a calendar year of the cycle without a surveillance); required then, and kept with the booking. {@code sample}: the
 * sites other than the central function a sampled audit visits, chosen by staff instead of the programme's rotation,
 * with the {@code sampleJustification} kept as their reason; the central function is visited all the same.
 */
public record BookingRequest(@NotNull LocalDate startDate,
                             LocalDate endDate,
                             @NotEmpty @Size(max = MAX_TEAM) List<@Valid @NotNull Member> team,
                             @Size(max = 2000) String deviation,
                             @Size(max = 500) List<@NotNull UUID> sample,
                             @Size(max = 2000) String sampleJustification) {
    /** More than any audit needs; each member is printed on the audit report. */
    public static final int MAX_TEAM = 30;

    /** Dates and a team that keep to the programme. */
    public BookingRequest(LocalDate startDate, LocalDate endDate, List<Member> team) {
        this(startDate, endDate, team, null, null, null);
    }

    public record Member(@NotBlank @Size(max = 100) @SingleLine String username, @NotNull TeamRole role) {
    }
}
