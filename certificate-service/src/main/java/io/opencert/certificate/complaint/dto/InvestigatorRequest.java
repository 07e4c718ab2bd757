package io.opencert.certificate.complaint.dto;

import io.opencert.commons.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who investigates: a username of the body's people, not involved in the matter. */
public record InvestigatorRequest(@NotBlank @Size(max = 200) @SingleLine String investigator) {
}
