package io.opencert.scheduling.auditor.dto;

import io.opencert.scheduling.auditor.UnavailabilityReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Days, both inclusive, on which an auditor cannot audit. */
public record UnavailabilityRequest(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull UnavailabilityReason reason,
                                    @Size(max = 500) String note) {
}
