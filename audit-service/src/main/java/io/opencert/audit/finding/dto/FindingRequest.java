package io.opencert.audit.finding.dto;

import io.opencert.audit.finding.ClauseNumber;
import io.opencert.events.model.FindingGrade;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A finding as an auditor records it; {@code siteId} names one of the audit's sites when the finding is local. */
public record FindingRequest(@NotNull FindingGrade grade,
                             @NotBlank @Pattern(regexp = ClauseNumber.PATTERN, message = ClauseNumber.MESSAGE) String clause,
                             UUID siteId,
                             @NotBlank @Size(max = 20_000) String evidence) {
}
