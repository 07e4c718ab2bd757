package io.opencert.scheduling.auditor.dto;

import io.opencert.commons.text.SingleLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Continuing professional development the auditor completed. */
public record DevelopmentRequest(@NotNull LocalDate completedOn,
                                 @NotNull @DecimalMin("0.25") @DecimalMax("200") @Digits(integer = 3, fraction = 2)
                                 BigDecimal hours,
                                 @NotBlank @Size(max = 300) @SingleLine String activity) {
}
