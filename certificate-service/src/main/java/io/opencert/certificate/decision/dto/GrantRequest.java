package io.opencert.certificate.decision.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why certification is granted: kept with the decision for the accreditation body's review. */
public record GrantRequest(@NotBlank @Size(max = 4000) String rationale) {
}
