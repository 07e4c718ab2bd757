package io.opencert.certificate.certificate.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The reduced scope and, when sites leave the certificate, the sites that remain; the note says why. */
public record ScopeReductionRequest(@NotBlank @Size(max = 4000) String scope,
                                    @Size(min = 1, max = 500) List<ReissueRequest.@Valid @NotNull SiteRequest> sites,
                                    @NotBlank @Size(max = 4000) String note) {
}
