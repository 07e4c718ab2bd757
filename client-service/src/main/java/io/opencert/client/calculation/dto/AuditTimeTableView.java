package io.opencert.client.calculation.dto;

import io.opencert.client.audittime.AuditTimeTable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * An audit time table: days of the initial audit up to each band's persons, one more day for each further
 * {@code personsPerExtraDay} persons above the last band. In a replacement the version is assigned, not sent.
 */
public record AuditTimeTableView(
        Integer version,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid BandView> bands,
        @Min(1) @Max(1_000_000) int personsPerExtraDay) {

    /** Days in tenths, as the table keeps them. */
    public record BandView(@Min(1) int maxPersons,
                           @NotNull @DecimalMin("1") @DecimalMax("9999.9") @Digits(integer = 4, fraction = 1)
                           BigDecimal days) {
    }

    public static AuditTimeTableView of(AuditTimeTable table) {
        return new AuditTimeTableView(table.version(), table.bands().stream()
                .map(band -> new BandView(band.maxPersons(), band.days())).toList(), table.personsPerExtraDay());
    }
}
