package io.opencert.certificate.certificate.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The rationale of a reinstatement or withdrawal; kept in the change log, never shown in the public register. */
public record StatusChangeRequest(@NotBlank @Size(max = 4000) String note) {
}
