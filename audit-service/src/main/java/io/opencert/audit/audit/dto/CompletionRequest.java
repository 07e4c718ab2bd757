package io.opencert.audit.audit.dto;

import io.opencert.events.model.Recommendation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The lead auditor closes the audit with the team's recommendation to the certification decision-maker. */
public record CompletionRequest(@NotNull Recommendation recommendation, @NotNull LocalDate lastDayOnSite,
                                @Size(max = 10_000) String summary) {
}
