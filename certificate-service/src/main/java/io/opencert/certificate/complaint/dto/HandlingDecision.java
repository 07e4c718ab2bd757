package io.opencert.certificate.complaint.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The decision on a complaint or appeal: upheld or not, the {@code outcome} as the complainant or appellant will read
 * it, and the {@code rationale} for the file.
 */
public record HandlingDecision(@NotNull Boolean upheld, @NotBlank @Size(max = 5000) String outcome,
                               @NotBlank @Size(max = 5000) String rationale) {
}
