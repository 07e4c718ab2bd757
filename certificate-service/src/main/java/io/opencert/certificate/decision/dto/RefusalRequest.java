package io.opencert.certificate.decision.dto;

import io.opencert.certificate.rules.ChangeDecisions.RefusalConsequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why the decision-maker refuses, kept with the decision for the accreditation body; a refused continuation also says
 * whether the certificate is suspended or withdrawn ({@code consequence}), which no other refusal names.
 */
public record RefusalRequest(@NotBlank @Size(max = 4000) String rationale, RefusalConsequence consequence) {
}
