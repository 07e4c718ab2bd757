package io.opencert.scheduling.storage;

import io.opencert.events.model.Site;

public class SitesColumn extends JsonListConverter<Site> {
    public SitesColumn() {
        super(Site.class);
    }
}
