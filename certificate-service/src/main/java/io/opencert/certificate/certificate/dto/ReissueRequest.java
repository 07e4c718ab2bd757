package io.opencert.certificate.certificate.dto;

import io.opencert.certificate.rules.ScopedSite;
import io.opencert.certificate.rules.SiteScopes;
import io.opencert.commons.text.SingleLine;
import io.opencert.events.model.Site;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * A new revision with a changed scope (SCOPE_CHANGE) or changed names and addresses (ADDRESS_CHANGE); what is left
 * out stays as it is. Sites, when given, replace the certificate's, each with its own scope or, without one, the
 * certificate's. The note says why, for the CB's records.
 */
public record ReissueRequest(@NotNull Reason reason, @Size(max = 300) @SingleLine String holderName, @Size(max = 4000) String scope,
                             @Size(min = 1, max = 500) List<@Valid @NotNull SiteRequest> sites,
                             @NotBlank @Size(max = 4000) String note) {

    public enum Reason { SCOPE_CHANGE, ADDRESS_CHANGE }

    /** A site on the certificate; {@code scope} only where the site's scope differs from the certificate's. */
    public record SiteRequest(UUID siteId, @NotBlank @Size(max = 300) @SingleLine String name,
                              @NotBlank @Size(max = 200) @SingleLine String city,
                              @NotBlank @Size(max = 100) @SingleLine String country,
                              boolean centralFunction, @PositiveOrZero int persons,
                              @Size(max = 4000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String scope) {
        ScopedSite toScopedSite() {
            return new ScopedSite(new Site(siteId, name.strip(), city.strip(), country.strip(), centralFunction, persons),
                    SiteScopes.strip(scope));
        }
    }

    public static List<ScopedSite> sites(List<SiteRequest> sites) {
        return sites == null ? null : sites.stream().map(SiteRequest::toScopedSite).toList();
    }
}
