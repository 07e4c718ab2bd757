package io.opencert.audit.plan.dto;

import io.opencert.audit.finding.ClauseNumber;
import io.opencert.commons.text.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * The whole audit plan as the lead auditor sets it. {@code version}, when given, is the plan's version the lead saw:
 * another one means it was changed meanwhile (409).
 */
public record PlanRequest(@NotNull @Size(max = 200) List<@NotNull @Valid Slot> entries, @PositiveOrZero Long version) {

    /** {@code siteId} is null for a remote slot; {@code clauses} are ISO/IEC 20000-1 clause numbers. */
    public record Slot(@NotNull LocalDate day, @NotNull LocalTime startsAt, @NotNull LocalTime endsAt,
                       @NotBlank @Size(max = 200) @SingleLine String auditor, UUID siteId,
                       @NotBlank @Size(max = 500) String activity,
                       @NotNull @Size(max = 30) List<@NotNull @Pattern(regexp = ClauseNumber.PATTERN,
                               message = ClauseNumber.MESSAGE) String> clauses) {
    }
}
