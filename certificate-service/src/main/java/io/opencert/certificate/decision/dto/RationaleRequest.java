package io.opencert.certificate.decision.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the decision-maker refuses or what more they need to know: kept with the decision for the accreditation body. */
public record RationaleRequest(@NotBlank @Size(max = 4000) String rationale) {
}
