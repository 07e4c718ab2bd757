package io.opencert.scheduling.programme.dto;

import io.opencert.scheduling.rules.DueWindow;
import io.opencert.scheduling.rules.SpecialAuditKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An audit staff plan besides the programme's: its kind, audit days, why (a short-notice audit names the complaint,
 * change or suspension it follows up) and its due window, from {@code dueFrom} (today when not given) to {@code dueBy}.
 */
public record SpecialAuditRequest(@NotNull SpecialAuditKind kind,
                                  @NotNull @DecimalMin(value = "0", inclusive = false)
                                  @DecimalMax(PlanningInput.MAX_DAYS) BigDecimal days,
                                  @NotBlank @Size(max = 1000) String reason,
                                  LocalDate dueFrom,
                                  @NotNull LocalDate dueBy) {

    /** The due window; 400 for days or dates that make no audit. */
    public DueWindow window(LocalDate today) {
        PlanningInput.requireHalfDays(days);
        return PlanningInput.window(dueFrom, dueBy, today);
    }
}
