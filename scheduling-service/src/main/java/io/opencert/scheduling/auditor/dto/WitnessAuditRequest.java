package io.opencert.scheduling.auditor.dto;

import io.opencert.commons.text.SingleLine;
import io.opencert.scheduling.auditor.WitnessAudit.WitnessOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An audit on which an evaluator watched the auditor, and the evaluation. */
public record WitnessAuditRequest(@NotNull LocalDate witnessedOn,
                                  @NotBlank @Size(max = 200) @SingleLine String evaluator,
                                  @NotNull WitnessOutcome outcome, @Size(max = 2000) String notes) {
}
