package io.opencert.certificate.rules;

import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Site;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A certificate's scope is extended only on the evidence of an audit of the extension (ISO/IEC 17021-1, 9.6.4.2): the
 * audit covered the whole extended scope and every site, old and new, and its team recommended the extension.
 */
public final class ScopeExtension {
    /** The audit team recommended the extension (with or without nonconformities to close first). */
    public static void requireRecommended(Recommendation recommendation) {
        if (recommendation != Recommendation.CERTIFY && recommendation != Recommendation.CERTIFY_AFTER_NONCONFORMITY_CLOSURE) {
            throw new RuleViolation(CertificationRule.EXTENSION_NOT_RECOMMENDED,
                    "The scope extension audit recommended " + recommendation + "; the extension can only be refused.");
        }
    }

    /**
     * The sites after the extension: the audited ones, which include every certified site (a site leaves only by a
     * scope reduction). A site certified before keeps its own scope unless the decision gives it another; a new site
     * gets the scope the decision gives it, else the certificate's.
     */
    public static List<ScopedSite> extendedSites(List<ScopedSite> certified, List<ScopedSite> audited) {
        Set<UUID> auditedIds = audited.stream().map(scoped -> scoped.site().siteId()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<String> dropped = certified.stream().map(ScopedSite::site)
                .filter(site -> site.siteId() != null && !auditedIds.contains(site.siteId()))
                .map(Site::name).toList();
        if (!dropped.isEmpty()) {
            throw new RuleViolation(CertificationRule.EXTENSION_DROPS_SITE,
                    "The scope extension audit did not cover " + String.join(", ", dropped)
                            + "; a site leaves the certificate only by a scope reduction decision.");
        }
        Map<UUID, String> ownScopes = certified.stream()
                .filter(scoped -> scoped.site().siteId() != null && scoped.scope() != null)
                .collect(Collectors.toMap(scoped -> scoped.site().siteId(), ScopedSite::scope));
        return audited.stream()
                .map(scoped -> scoped.scope() == null && ownScopes.containsKey(scoped.site().siteId())
                        ? new ScopedSite(scoped.site(), ownScopes.get(scoped.site().siteId()))
                        : scoped)
                .toList();
    }

    private ScopeExtension() {
    }
}
