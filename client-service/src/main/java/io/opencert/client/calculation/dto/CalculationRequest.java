package io.opencert.client.calculation.dto;

import io.opencert.client.audittime.Adjustment;
import io.opencert.commons.text.SingleLine;
import io.opencert.events.model.Standard;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The facts of an audit time calculation: sites with persons, standards applied for, justified adjustments. */
public record CalculationRequest(
        @NotEmpty @Size(max = 500) List<@NotNull @Valid SiteFacts> sites,
        @NotEmpty Set<@NotNull Standard> standards,
        @Size(max = 10) List<@NotNull @Valid AdjustmentRequest> adjustments) {

    public record SiteFacts(@NotBlank @Size(max = 200) @SingleLine String name, boolean centralFunction, @Min(1) int persons) {
    }

    /** {@code percent} below zero reduces the audit time, above zero increases it. */
    public record AdjustmentRequest(
            @NotNull Adjustment.Factor factor,
            @NotNull @DecimalMin("-99") @DecimalMax("99") BigDecimal percent,
            @NotBlank @Size(max = 2000) String justification) {
    }
}
