package io.opencert.certificate.complaint.dto;

import io.opencert.commons.text.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** An appeal against the certification decision {@code decisionId}: who appeals, how to reach them, and the grounds. */
public record NewAppeal(@NotNull UUID decisionId,
                        @NotBlank @Size(max = 200) @SingleLine String appellantName,
                        @NotBlank @Size(max = 254) @Email @SingleLine String appellantEmail,
                        @NotBlank @Size(max = 5000) String grounds) {
}
