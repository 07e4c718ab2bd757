package io.opencert.scheduling.auditor.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An auditor leaving the certification body: the first day they no longer audit for it, and why. */
public record AuditorDepartureRequest(@NotNull LocalDate leftOn, @NotBlank @Size(max = 500) String reason) {
}
