package io.opencert.audit.nonconformity.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The client's answer to a nonconformity: what was corrected, why it happened, what keeps it from recurring. */
public record NonconformityResponse(@NotBlank @Size(max = 10_000) String correction,
                                    @NotBlank @Size(max = 10_000) String rootCause,
                                    @NotBlank @Size(max = 10_000) String correctiveAction) {
}
