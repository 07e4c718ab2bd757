package io.opencert.certificate.decision.dto;

import io.opencert.certificate.certificate.dto.ReissueRequest;
import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.rules.SuspensionReason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * A change of a certificate asked for, to be decided by a decision-maker: SUSPENSION (with its
 * {@code suspensionReason}), REINSTATEMENT, WITHDRAWAL, or SCOPE_REDUCTION (with the reduced {@code scope} and, when
 * sites leave the certificate, the {@code sites} that remain, each with its own scope or the certificate's). The
 * {@code reason} gives the facts and why; it is kept with the decision, never public.
 */
public record ChangeRequest(@NotNull UUID certificateId, @NotNull DecisionKind kind, SuspensionReason suspensionReason,
                            @Size(max = 4000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String scope,
                            @Size(min = 1, max = 500) List<ReissueRequest.@Valid @NotNull SiteRequest> sites,
                            @NotBlank @Size(max = 4000) String reason) {
}
