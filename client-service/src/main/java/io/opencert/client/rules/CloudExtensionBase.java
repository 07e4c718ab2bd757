package io.opencert.client.rules;

import io.opencert.client.certificate.CertificateStatus;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.Standard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A cloud extension (ISO/IEC TR 20000-9) is certified only on top of a valid ISO/IEC 20000-1 certificate of ours, and
 * its certificate falls with the base one, so it is quoted, issued and contracted only while the client holds here an
 * ACTIVE certificate of a certifiable edition of ISO/IEC 20000-1 that has not passed its expiry date. A suspended
 * certificate is temporarily invalid and carries no extension; a withdrawn or expired one carries nothing; a
 * certificate of the withdrawn 2011 edition is not built on ({@link Editions}).
 */
public final class CloudExtensionBase {
    /** The certificate the cloud extension builds on, on {@code today}; empty when there is none. */
    public static Optional<AlreadyCertified.Held> base(Collection<AlreadyCertified.Held> held, LocalDate today) {
        return held.stream().filter(certificate -> carries(certificate, today)).findFirst();
    }

    /** Whether this certificate can carry a cloud extension on {@code today}. */
    public static boolean carries(AlreadyCertified.Held certificate, LocalDate today) {
        return certificate.standard() != null && isServiceManagement(certificate.standard())
                && certificate.standard().certifiableOn(today)
                && certificate.status() == CertificateStatus.ACTIVE
                && certificate.expiryDate() != null && !today.isAfter(certificate.expiryDate());
    }

    /** Refuses the cloud extension unless the client holds a certificate that carries it: 409, naming what it holds. */
    public static void requireBase(Collection<AlreadyCertified.Held> held, LocalDate today) {
        if (base(held, today).isPresent()) {
            return;
        }
        List<AlreadyCertified.Held> own = held.stream()
                .filter(certificate -> certificate.standard() != null && isServiceManagement(certificate.standard()))
                .toList();
        String holds = own.isEmpty() ? "The client holds no ISO/IEC 20000-1 certificate here"
                : "The client holds " + own.stream().map(CloudExtensionBase::describe)
                .collect(Collectors.joining(", ")) + " here";
        String message = "a cloud extension (ISO/IEC TR 20000-9) is quoted and contracted only for a holder of an "
                + "active ISO/IEC 20000-1:2018 certificate of this certification body";
        throw new RuleViolation(ClientRule.CLOUD_EXTENSION_NEEDS_ACTIVE_CERTIFICATE, holds + ", and "
                + message + " (not suspended, withdrawn or expired). Quote the ISO/IEC 20000-1 certification, its "
                + "reinstatement or its transfer first.", List.of(new Problem.Violation("cloudExtension", message)));
    }

    private static boolean isServiceManagement(Standard standard) {
        return standard == Standard.ISO_IEC_20000_1_2018 || standard == Standard.ISO_IEC_20000_1_2011;
    }

    private static String describe(AlreadyCertified.Held certificate) {
        return certificate.number() + " (" + certificate.standard().title() + ", " + certificate.status()
                + (certificate.expiryDate() == null ? "" : ", valid until " + certificate.expiryDate()) + ")";
    }

    private CloudExtensionBase() {
    }
}
