package io.opencert.certificate.certificate.dto;

import io.opencert.certificate.rules.SuspensionReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Why the certificate is suspended; the note is kept for the CB and never shown in the public register. */
public record SuspensionRequest(@NotNull SuspensionReason reason, @NotBlank @Size(max = 4000) String note) {
}
