package io.opencert.certificate.licence.dto;

import io.opencert.commons.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A new version of the licence terms: licences granted from {@code effectiveFrom} on are granted under it. */
public record NewLicenceTerms(@NotNull LocalDate effectiveFrom, @NotBlank @Size(max = 300) @SingleLine String title,
                              @NotBlank @Size(max = 20000) String text) {
}
