package io.opencert.certificate.certificate.dto;

import java.util.UUID;

/** A site named on a certificate; {@code scope} is the site's own scope, or the certificate's where it has none. */
public record SiteView(UUID siteId, String name, String city, String country, boolean centralFunction, int persons,
                       String scope) {
}
