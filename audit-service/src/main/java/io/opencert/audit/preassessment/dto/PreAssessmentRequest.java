package io.opencert.audit.preassessment.dto;

import io.opencert.commons.text.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The profile per process area (an ISO/IEC 20000-1 clause such as 8.5 or 8.5.1) and a short report, stating
 * findings only.
 */
public record PreAssessmentRequest(@NotNull @Size(min = 1, max = 60) List<@NotNull @Valid Area> areas,
                                   @NotBlank @Size(max = 5_000) String summary) {

    public record Area(@NotBlank @Size(max = 20) @SingleLine String processArea, @NotNull @Min(0) @Max(5) Integer maturity,
                       @Size(max = 5_000) String strengths, @Size(max = 5_000) String weaknesses) {
    }
}
