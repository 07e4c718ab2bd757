package io.opencert.client.impartiality.dto;

import io.opencert.client.impartiality.Consultancy;
import io.opencert.commons.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** A consultancy relationship to enter in the register; {@code auditor} only (and always) for an auditor's. */
public record ConsultancyEntry(
        @NotNull UUID clientId,
        @NotNull Consultancy.Consultant consultant,
        @Size(max = 200) @SingleLine String auditor,
        @NotBlank @Size(max = 2000) String description,
        @NotNull LocalDate from,
        LocalDate to) {
}
