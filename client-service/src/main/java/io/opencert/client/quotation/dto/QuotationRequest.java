package io.opencert.client.quotation.dto;

import io.opencert.client.calculation.dto.CalculationRequest.AdjustmentRequest;
import io.opencert.events.model.CloudExtension;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * A quotation for a registered client, calculated from its reviewed questionnaire ({@code questionnaireId}) or, without
 * one, from the client's record, with the justified adjustments. Issued at once unless {@code draft};
 * {@code validDays} defaults to cb.quotation.valid-days (90). With {@code cloudExtension} it quotes only the
 * ISO/IEC TR 20000-9 audit for a client holding an ISO/IEC 20000-1 certificate, of its own or with the next
 * surveillance.
 */
public record QuotationRequest(
        @NotNull UUID clientId,
        UUID questionnaireId,
        @Size(max = 10) List<@NotNull @Valid AdjustmentRequest> adjustments,
        @Min(1) @Max(365) Integer validDays,
        boolean draft,
        CloudExtension cloudExtension) {
}
