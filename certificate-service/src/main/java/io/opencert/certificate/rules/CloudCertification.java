package io.opencert.certificate.rules;

import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.Standard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * A cloud service certificate (ISO/IEC TR 20000-9) rests on a valid ISO/IEC 20000-1 certificate of the same holder:
 * it is granted only on top of one, never outlasts it, and falls with it.
 */
public final class CloudCertification {
    /** What this rule needs to know about a certificate of the holder. */
    public record HeldCertificate(Standard standard, CertificateStatus status, LocalDate expiryDate) {
    }

    public static boolean isCloud(Standard standard) {
        return standard == Standard.ISO_IEC_TR_20000_9_2015;
    }

    public static boolean isBase(Standard standard) {
        return standard == Standard.ISO_IEC_20000_1_2018 || standard == Standard.ISO_IEC_20000_1_2011;
    }

    /**
     * The valid ISO/IEC 20000-1 certificate a cloud certificate granted on {@code today} rests on (the one valid
     * longest); throws the rule's violation when the holder has none.
     */
    public static HeldCertificate requireValidBase(Collection<HeldCertificate> holderCertificates, LocalDate today) {
        Optional<HeldCertificate> base = holderCertificates.stream()
                .filter(held -> isBase(held.standard()))
                .filter(held -> held.status() == CertificateStatus.ACTIVE && !today.isAfter(held.expiryDate()))
                .max(Comparator.comparing(HeldCertificate::expiryDate));
        return base.orElseThrow(() -> new RuleViolation(CertificationRule.CLOUD_NEEDS_VALID_BASE_CERTIFICATE,
                "A cloud service certificate (ISO/IEC TR 20000-9) is granted only to a holder of a valid, "
                        + "not suspended ISO/IEC 20000-1 certificate; this holder has none."));
    }

    /** A cloud certificate is valid no longer than the base certificate it rests on. */
    public static LocalDate expiryDate(LocalDate ownExpiryDate, LocalDate baseExpiryDate) {
        return ownExpiryDate.isAfter(baseExpiryDate) ? baseExpiryDate : ownExpiryDate;
    }

    /**
     * The status a cloud certificate in {@code cloudStatus} takes when its base certificate has just taken
     * {@code baseStatus}; empty when it keeps its own. A suspended base suspends an active cloud certificate; a
     * withdrawn or expired base takes every live cloud certificate with it. Reinstating the base does not reinstate
     * the cloud certificate: that is a decision of its own.
     */
    public static Optional<CertificateStatus> follow(CertificateStatus baseStatus, CertificateStatus cloudStatus) {
        boolean live = cloudStatus == CertificateStatus.ACTIVE || cloudStatus == CertificateStatus.SUSPENDED;
        return switch (baseStatus) {
            case SUSPENDED -> cloudStatus == CertificateStatus.ACTIVE ? Optional.of(CertificateStatus.SUSPENDED) : Optional.empty();
            case WITHDRAWN, EXPIRED -> live ? Optional.of(baseStatus) : Optional.empty();
            case ACTIVE -> Optional.empty();
        };
    }

    private CloudCertification() {
    }
}
