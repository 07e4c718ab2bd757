package io.opencert.scheduling.programme.dto;

import io.opencert.scheduling.rules.SiteSampling;

import java.util.UUID;

/** A site an audit visits and why it was chosen (the central function, not yet visited in this cycle, risk). */
public record SampledSiteView(UUID siteId, String name, String city, String country, boolean centralFunction,
                              int persons, String reason) {

    static SampledSiteView of(SiteSampling.SampledSite sampled) {
        return new SampledSiteView(sampled.site().siteId(), sampled.site().name(), sampled.site().city(),
                sampled.site().country(), sampled.site().centralFunction(), sampled.site().persons(),
                sampled.reason());
    }
}
