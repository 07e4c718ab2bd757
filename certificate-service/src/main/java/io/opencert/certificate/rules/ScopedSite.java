package io.opencert.certificate.rules;

import io.opencert.events.model.Site;

/** A site to name on a certificate with its own scope; a null scope means the certificate's scope. */
public record ScopedSite(Site site, String scope) {
}
