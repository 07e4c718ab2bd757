package io.opencert.certificate.rules;

import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.Site;

import java.util.List;
import java.util.Objects;

/**
 * What staff may reissue without a certification decision: the holder's name, and the names and addresses of the
 * sites already certified, after a documented change. Scope, sites and status are changed by decisions only
 * (ISO/IEC 17021-1, 9.6).
 */
public final class AdministrativeReissue {
    /** Refuses a reissue that would change the scope: an extension needs an audit, a reduction a decision. */
    public static void requireSameScope(String currentScope, String requestedScope) {
        if (requestedScope != null && !requestedScope.strip().equals(currentScope)) {
            throw new RuleViolation(CertificationRule.SCOPE_CHANGE_NEEDS_DECISION,
                    "ISO/IEC 17021-1, 9.6: the scope of a certificate is reduced or extended only by a decision of a "
                            + "person independent of the audits concerned (an extension after an audit). Open a "
                            + "SCOPE_REDUCTION decision on the certificate, or plan a scope extension audit; a reissue "
                            + "changes only the holder's name and the names and addresses of its sites.");
        }
    }

    /**
     * Refuses renamed sites that are not the certified sites one for one (same site, same order, same central-function
     * role, same scope, a site without a scope of its own having the certificate's): adding or removing a site, or
     * changing a site's scope, is a decision.
     */
    public static void requireSameSitesAndScopes(String certificateScope, List<ScopedSite> certified,
                                                 List<ScopedSite> renamed) {
        boolean same = certified.size() == renamed.size();
        for (int i = 0; same && i < certified.size(); i++) {
            Site was = certified.get(i).site();
            Site now = renamed.get(i).site();
            same = Objects.equals(was.siteId(), now.siteId()) && was.centralFunction() == now.centralFunction()
                    && SiteScopes.effective(certified.get(i).scope(), certificateScope)
                    .equals(SiteScopes.effective(renamed.get(i).scope(), certificateScope));
        }
        if (!same) {
            throw new RuleViolation(CertificationRule.SITE_CHANGE_NEEDS_DECISION,
                    "A reissue may rename the " + certified.size() + " certified site(s) or change their addresses, "
                            + "in the same order and with the same site ids and scopes. Adding a site needs an "
                            + "extension audit and decision; removing one, or narrowing its scope, a SCOPE_REDUCTION "
                            + "decision.");
        }
    }

    private AdministrativeReissue() {
    }
}
