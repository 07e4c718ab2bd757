package io.opencert.client.rules;

import io.opencert.client.certificate.CertificateStatus;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One live certificate per holder and standard (ISO/IEC 17021-1, 8.2 and 9.6): no
 * quotation plans the initial certification (stage 1 and stage 2) of a standard for a client that holds a live (active
 * or suspended) certificate of it here, nor one that expired less than 6 months ago and can still be restored by the
 * outstanding recertification. Such a client's next steps are its recertification, a scope extension audit or a cloud
 * extension; a withdrawn certificate, or one expired beyond restoration, leaves the way open to a new initial
 * certification. Transfer and cloud extension quotations plan no stage 1 or stage 2 and are not concerned.
 */
public final class AlreadyCertified {
    /** How long after its expiry an expired certificate can still be restored (certificate-service's window). */
    public static final int RESTORE_WINDOW_MONTHS = 6;

    /** A certificate the client holds here; its standard and expiry date are empty while unknown. */
    public record Held(String number, Standard standard, CertificateStatus status, LocalDate expiryDate) {
        public Held {
            Objects.requireNonNull(number);
            Objects.requireNonNull(status);
        }
    }

    /** Whether the planned audits are an initial certification: a stage 1 or stage 2 audit is among them. */
    public static boolean isInitialCertification(Collection<AuditType> plannedAudits) {
        return plannedAudits.contains(AuditType.STAGE_1) || plannedAudits.contains(AuditType.STAGE_2);
    }

    /** The last day on which a certificate that expired after {@code expiryDate} can be restored. */
    public static LocalDate restorableUntil(LocalDate expiryDate) {
        return expiryDate.plusMonths(RESTORE_WINDOW_MONTHS);
    }

    /**
     * Whether the certificate stands in the way of a new initial certification of its standard on {@code today}: it is
     * live, or it expired and can still be restored.
     */
    public static boolean blocks(Held certificate, LocalDate today) {
        return switch (certificate.status()) {
            case ACTIVE, SUSPENDED -> true;
            case EXPIRED -> certificate.expiryDate() != null
                    && !today.isAfter(restorableUntil(certificate.expiryDate()));
            case WITHDRAWN -> false;
        };
    }

    /**
     * Refuses audits that plan the initial certification of {@code standards} for a client holding {@code held}, when
     * one of its certificates of those standards blocks it on {@code today}; a plan without stage 1 or stage 2 passes.
     */
    public static void requireNotCertified(Collection<Standard> standards, Collection<AuditType> plannedAudits,
                                           Collection<Held> held, LocalDate today) {
        if (!isInitialCertification(plannedAudits)) {
            return;
        }
        List<Held> blocking = held.stream()
                .filter(certificate -> certificate.standard() != null && standards.contains(certificate.standard()))
                .filter(certificate -> blocks(certificate, today))
                .toList();
        if (!blocking.isEmpty()) {
            throw violation(blocking);
        }
    }

    private static RuleViolation violation(List<Held> blocking) {
        boolean one = blocking.size() == 1;
        String certificates = blocking.stream().map(AlreadyCertified::describe).collect(Collectors.joining(", "));
        String standards = blocking.stream().map(certificate -> certificate.standard().title()).distinct()
                .collect(Collectors.joining(" and "));
        boolean expired = blocking.stream().anyMatch(certificate -> certificate.status() == CertificateStatus.EXPIRED);
        return new RuleViolation(ClientRule.ALREADY_CERTIFIED,
                "The client holds " + (one ? "certificate " : "certificates ") + certificates + " here, and a holder "
                        + "has at most one live certificate per standard: no initial certification (stage 1 and "
                        + "stage 2) of " + standards + " is quoted. Instead, the recertification is planned in the "
                        + (one ? "certificate's" : "certificates'") + " audit programme"
                        + (expired ? " (an expired certificate is restored by completing the outstanding "
                        + "recertification within " + RESTORE_WINDOW_MONTHS + " months of its expiry)" : "")
                        + "; a wider scope or further sites are audited in a scope extension audit; cloud services "
                        + "(ISO/IEC TR 20000-9) are added to an ISO/IEC 20000-1 certificate with a cloud extension "
                        + "quotation (cloudExtension). A new initial certification is quoted once the certificate is "
                        + "withdrawn, or has expired and can no longer be restored.");
    }

    /** "CB-2026-000042 (ISO/IEC 20000-1:2018, ACTIVE, valid until 2029-03-01)". */
    private static String describe(Held certificate) {
        String state = switch (certificate.status()) {
            case EXPIRED -> "EXPIRED after " + certificate.expiryDate() + ", restorable until "
                    + restorableUntil(certificate.expiryDate());
            default -> certificate.status() + (certificate.expiryDate() == null ? ""
                    : ", valid until " + certificate.expiryDate());
        };
        return certificate.number() + " (" + certificate.standard().title() + ", " + state + ")";
    }

    private AlreadyCertified() {
    }
}
