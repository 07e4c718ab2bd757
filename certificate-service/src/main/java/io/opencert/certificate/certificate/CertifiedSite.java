package io.opencert.certificate.certificate;

import io.opencert.certificate.rules.ScopedSite;
import io.opencert.certificate.certificate.dto.SiteView;
import io.opencert.certificate.rules.SiteScopes;
import io.opencert.events.model.Site;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/** A location the certificate covers (ISO/IEC 17021-1 8.2.2: head office and each site with its scope). */
@Embeddable
public class CertifiedSite {
    @Column(name = "site_id")
    public UUID siteId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String city;

    @Column(nullable = false)
    public String country;

    @Column(name = "central_function", nullable = false)
    public boolean centralFunction;

    @Column(nullable = false)
    public int persons;

    /** The site's own scope; null while the site is certified for the certificate's scope. */
    @Column
    public String scope;

    static CertifiedSite of(ScopedSite scoped) {
        Site site = scoped.site();
        CertifiedSite certified = new CertifiedSite();
        certified.siteId = site.siteId();
        certified.name = site.name();
        certified.city = site.city();
        certified.country = site.country();
        certified.centralFunction = site.centralFunction();
        certified.persons = site.persons();
        certified.scope = scoped.scope();
        return certified;
    }

    CertifiedSite copy() {
        return of(new ScopedSite(toSite(), scope));
    }

    /** The same site, certified for the same scope, under a new name or address (or a new count of persons). */
    void rename(Site renamed) {
        name = renamed.name();
        city = renamed.city();
        country = renamed.country();
        persons = renamed.persons();
    }

    ScopedSite scoped() {
        return new ScopedSite(toSite(), scope);
    }

    public Site toSite() {
        return new Site(siteId, name, city, country, centralFunction, persons);
    }

    SiteView view(String certificateScope) {
        return new SiteView(siteId, name, city, country, centralFunction, persons,
                SiteScopes.effective(scope, certificateScope));
    }
}
