package io.opencert.certificate.register;

import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.certificate.dto.RevisionView;
import io.opencert.certificate.licence.LicenceStatus;
import io.opencert.certificate.licence.dto.LicenceView;

import java.util.Optional;

/**
 * The words across every page of a document that no longer proves what it shows, so that a printed or forwarded copy
 * cannot pass for a valid one: a headline ending in "NOT VALID" and a detail that says since when. A valid document
 * has none.
 */
record StatusMark(String headline, String detail) {
    private static final String NOT_VALID = " — NOT VALID";

    /**
     * A revision of a certificate that is not active is marked with the certificate's status (it concerns every
     * revision); one of an active certificate with the revision that superseded it, if one did.
     */
    static Optional<StatusMark> ofCertificate(RevisionView revision, CurrentStatus certificate) {
        if (certificate.status() != CertificateStatus.ACTIVE) {
            String superseded = revision.current() ? "" : ". Revision " + revision.revision() + " was superseded by "
                    + "revision " + (revision.revision() + 1);
            return Optional.of(new StatusMark(certificate.status() + NOT_VALID, since(certificate) + superseded));
        }
        if (revision.current()) {
            return Optional.empty();
        }
        int next = revision.revision() + 1;
        // the date of the superseding revision is known here only when it is the current one
        String detail = next == certificate.revision()
                ? "Superseded on " + certificate.revisionIssued()
                : "Revision " + certificate.revision() + " of " + certificate.revisionIssued() + " is the current one";
        return Optional.of(new StatusMark("SUPERSEDED BY REVISION " + next + NOT_VALID, detail));
    }

    /** A licence is marked when the right to use is revoked, or its certificate is not active. */
    static Optional<StatusMark> ofLicence(LicenceView licence, CurrentStatus certificate) {
        boolean revoked = licence.status() == LicenceStatus.REVOKED;
        boolean certificateActive = certificate.status() == CertificateStatus.ACTIVE;
        if (!revoked && certificateActive) {
            return Optional.empty();
        }
        String headline = revoked ? "REVOKED" + NOT_VALID : "CERTIFICATE " + certificate.status() + NOT_VALID;
        String rightToUse = "Right to use revoked since " + licence.statusSince();
        String detail = !revoked ? since(certificate)
                : certificateActive ? rightToUse : rightToUse + ". " + since(certificate);
        return Optional.of(new StatusMark(headline, detail));
    }

    private static String since(CurrentStatus certificate) {
        return switch (certificate.status()) {
            case SUSPENDED -> "Certificate suspended since " + certificate.since();
            case WITHDRAWN -> "Certificate withdrawn on " + certificate.since();
            case EXPIRED -> "Certificate expired on " + certificate.since();
            case ACTIVE -> throw new IllegalArgumentException("an active certificate is not marked");
        };
    }
}
