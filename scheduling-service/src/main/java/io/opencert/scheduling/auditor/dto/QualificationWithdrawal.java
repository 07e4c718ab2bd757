package io.opencert.scheduling.auditor.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The first day a qualification no longer counts, and why the body withdraws it. */
public record QualificationWithdrawal(@NotNull LocalDate from, @NotBlank @Size(max = 500) String reason) {
}
