package io.opencert.client.client.dto;

import io.opencert.client.client.ClientSite;

import java.util.UUID;

public record SiteView(UUID id, String name, String city, String country, boolean centralFunction, int persons) {

    public static SiteView of(ClientSite site) {
        return new SiteView(site.siteId, site.name, site.city, site.country, site.centralFunction, site.persons);
    }
}
