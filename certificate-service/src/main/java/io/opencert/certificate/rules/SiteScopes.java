package io.opencert.certificate.rules;

import io.opencert.commons.problem.InvalidInput;
import io.opencert.events.model.Site;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Each site on a certificate carries its own scope (ISO/IEC 17021-1 8.2.2); a site given none is certified for the
 * certificate's scope.
 */
public final class SiteScopes {

    /** What the certificate states for a site: its own scope, else the certificate's. */
    public static String effective(String siteScope, String certificateScope) {
        return siteScope != null ? siteScope : certificateScope;
    }

    /**
     * The sites with the scopes given for them by site id ({@code field} names the input, for the problem); every id
     * must be one of the sites. Sites not named keep the certificate's scope.
     */
    public static List<ScopedSite> assign(List<Site> sites, Map<UUID, String> scopes, String field) {
        Map<UUID, String> given = scopes == null ? Map.of() : scopes;
        Set<UUID> siteIds = sites.stream().map(Site::siteId).filter(Objects::nonNull).collect(Collectors.toSet());
        given.keySet().stream().filter(id -> !siteIds.contains(id)).findFirst().ifPresent(unknown -> {
            throw new InvalidInput(field, "site " + unknown + " is not one of the sites to certify");
        });
        return sites.stream()
                .map(site -> new ScopedSite(site, site.siteId() == null ? null : strip(given.get(site.siteId()))))
                .toList();
    }

    /** A scope as entered, without surrounding blanks; null stays null. */
    public static String strip(String scope) {
        return scope == null ? null : scope.strip();
    }

    private SiteScopes() {
    }
}
