package io.opencert.audit.audit;

import io.opencert.events.model.Site;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/** A site of the client in the audit's scope, as scheduling booked it. */
@Embeddable
class AuditedSite {
    @Column(name = "site_id", nullable = false)
    private UUID siteId;

    @Column(nullable = false)
    private String name;

    private String city;

    private String country;

    @Column(name = "central_function", nullable = false)
    private boolean centralFunction;

    @Column(nullable = false)
    private int persons;

    protected AuditedSite() {
    }

    static AuditedSite from(Site site) {
        AuditedSite audited = new AuditedSite();
        audited.siteId = site.siteId();
        audited.name = site.name();
        audited.city = site.city();
        audited.country = site.country();
        audited.centralFunction = site.centralFunction();
        audited.persons = site.persons();
        return audited;
    }

    Site toModel() {
        return new Site(siteId, name, city, country, centralFunction, persons);
    }

    UUID siteId() {
        return siteId;
    }
}
