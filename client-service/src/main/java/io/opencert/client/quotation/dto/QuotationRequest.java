package io.opencert.client.quotation.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** A quotation for a registered client; {@code validDays} defaults to cb.quotation.valid-days (90). */
public record QuotationRequest(@NotNull UUID clientId, @Min(1) @Max(365) Integer validDays) {
}
