package io.opencert.certificate.decision.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Map;
import java.util.UUID;

/**
 * Why the decision-maker grants, kept with the decision; and, where a site of the audit is certified for less or other
 * than the audit's scope, that site's own scope by its site id (the other sites get the certificate's scope).
 */
public record GrantRequest(@NotBlank @Size(max = 4000) String rationale,
                           @Size(max = 500) Map<UUID, @NotBlank @Size(max = 4000) String> siteScopes) {
}
