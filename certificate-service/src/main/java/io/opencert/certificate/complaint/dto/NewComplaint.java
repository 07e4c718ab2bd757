package io.opencert.certificate.complaint.dto;

import io.opencert.commons.text.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A complaint as filed: who complains (name, e-mail for the acknowledgement and the outcome), about what (a certified
 * client, by its {@code certificateNumber}, or the certification body itself, without one) and the description. Kept
 * exactly as sent.
 */
public record NewComplaint(@NotBlank @Size(max = 200) @SingleLine String complainantName,
                           @NotBlank @Size(max = 254) @Email @SingleLine String complainantEmail,
                           @NotNull ComplaintSubject about,
                           @Size(max = 30) @SingleLine String certificateNumber,
                           @NotBlank @Size(max = 5000) String description) {
}
