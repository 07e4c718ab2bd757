package io.opencert.certificate.register;

import java.time.LocalDate;

/** A register entry as a person reads it: the verdict in words, and since when it holds. */
public record VerificationPage(PublicCertificate certificate, String verdict, String statusClass, String statement) {

    static VerificationPage of(PublicCertificate certificate) {
        LocalDate since = certificate.statusSince();
        return switch (certificate.status()) {
            case ACTIVE -> new VerificationPage(certificate, "Valid", "valid",
                    "This certificate is valid until " + certificate.expiryDate() + ".");
            case SUSPENDED -> new VerificationPage(certificate, "Suspended", "suspended",
                    "This certificate has been suspended since " + since + ". It is not valid while suspended.");
            case WITHDRAWN -> new VerificationPage(certificate, "Withdrawn", "withdrawn",
                    "This certificate was withdrawn on " + since + ". It is no longer valid.");
            case EXPIRED -> new VerificationPage(certificate, "Expired", "expired",
                    "This certificate expired on " + since + "; it was valid until " + certificate.expiryDate() + ".");
        };
    }
}
