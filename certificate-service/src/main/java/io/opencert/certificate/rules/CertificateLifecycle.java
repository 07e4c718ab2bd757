package io.opencert.certificate.rules;

import io.opencert.commons.problem.RuleViolation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The lifecycle of a certificate (ISO/IEC 17021-1 9.6.5): an active certificate may be suspended for at most
 * 6 months, then reinstated, reduced in scope or withdrawn; it expires after its expiry date. A recertification
 * decision renews it for a new cycle, and restores an expired one within 6 months of its expiry. Withdrawn is final.
 */
public final class CertificateLifecycle {
    /** The longest a suspension may last before the certificate is withdrawn (or its scope reduced). */
    public static final int MAX_SUSPENSION_MONTHS = 6;

    /** How long after its expiry an expired certificate can still be restored by a completed recertification. */
    public static final int RESTORE_WINDOW_MONTHS = 6;

    public enum Action { SUSPEND, REINSTATE, WITHDRAW, EXPIRE, RENEW, REISSUE, REDUCE_SCOPE, EXTEND_SCOPE }

    /** The new status and, for a suspension, the last day it may last. */
    public record Transition(CertificateStatus status, LocalDate suspendedUntil) {
    }

    /** The last day of a suspension that starts on {@code suspendedOn}. */
    public static LocalDate suspendedUntil(LocalDate suspendedOn) {
        return suspendedOn.plusMonths(MAX_SUSPENSION_MONTHS);
    }

    /** The last day on which a certificate that expired after {@code expiryDate} can be restored. */
    public static LocalDate restorableUntil(LocalDate expiryDate) {
        return expiryDate.plusMonths(RESTORE_WINDOW_MONTHS);
    }

    /**
     * The result of {@code action} on {@code today} for a certificate in {@code status} valid until
     * {@code expiryDate} (inclusive); throws the {@link RuleViolation} of the rule it breaks.
     */
    public static Transition apply(CertificateStatus status, Action action, LocalDate today, LocalDate expiryDate) {
        Objects.requireNonNull(status);
        Objects.requireNonNull(today);
        Objects.requireNonNull(expiryDate);
        boolean live = status == CertificateStatus.ACTIVE || status == CertificateStatus.SUSPENDED;
        return switch (action) {
            case SUSPEND -> {
                if (status != CertificateStatus.ACTIVE) {
                    throw new RuleViolation(CertificationRule.SUSPEND_ONLY_ACTIVE,
                            "ISO/IEC 17021-1, 9.6.5: suspension applies to a valid certificate; this one is " + status + ".");
                }
                requireNotPastExpiry(today, expiryDate);
                yield new Transition(CertificateStatus.SUSPENDED, suspendedUntil(today));
            }
            case REINSTATE -> {
                if (status != CertificateStatus.SUSPENDED) {
                    throw new RuleViolation(CertificationRule.REINSTATE_ONLY_SUSPENDED,
                            "Reinstatement ends a suspension; this certificate is " + status + ".");
                }
                requireNotPastExpiry(today, expiryDate);
                yield new Transition(CertificateStatus.ACTIVE, null);
            }
            case WITHDRAW -> {
                if (!live) {
                    throw new RuleViolation(CertificationRule.WITHDRAW_ONLY_ACTIVE_OR_SUSPENDED,
                            "This certificate is " + status + " already.");
                }
                yield new Transition(CertificateStatus.WITHDRAWN, null);
            }
            case EXPIRE -> {
                if (!live) {
                    throw new RuleViolation(CertificationRule.EXPIRE_ONLY_ACTIVE_OR_SUSPENDED,
                            "This certificate is " + status + ".");
                }
                if (!today.isAfter(expiryDate)) {
                    throw new RuleViolation(CertificationRule.EXPIRE_NOT_BEFORE_EXPIRY_DATE,
                            "It is valid until " + expiryDate + " inclusive; it expires on the day after.");
                }
                yield new Transition(CertificateStatus.EXPIRED, null);
            }
            case RENEW -> {
                if (status == CertificateStatus.SUSPENDED) {
                    throw new RuleViolation(CertificationRule.RENEW_NOT_WHILE_SUSPENDED,
                            "The suspension has to end first (reinstatement, scope reduction or withdrawal).");
                }
                if (status == CertificateStatus.WITHDRAWN) {
                    throw new RuleViolation(CertificationRule.RENEW_NOT_WITHDRAWN,
                            "Certification starts again with an initial audit.");
                }
                if (today.isAfter(restorableUntil(expiryDate))) {
                    throw new RuleViolation(CertificationRule.RESTORE_WINDOW_PASSED,
                            "It expired after " + expiryDate + "; it could be restored until " + restorableUntil(expiryDate)
                                    + ". Now at least a stage 2 audit is needed.");
                }
                yield new Transition(CertificateStatus.ACTIVE, null);
            }
            case REISSUE -> {
                if (status != CertificateStatus.ACTIVE) {
                    throw new RuleViolation(CertificationRule.REISSUE_ONLY_ACTIVE,
                            "This certificate is " + status + ".");
                }
                requireNotPastExpiry(today, expiryDate);
                yield new Transition(CertificateStatus.ACTIVE, null);
            }
            case REDUCE_SCOPE -> {
                if (!live) {
                    throw new RuleViolation(CertificationRule.REDUCE_SCOPE_ONLY_ACTIVE_OR_SUSPENDED,
                            "This certificate is " + status + ".");
                }
                requireNotPastExpiry(today, expiryDate);
                yield new Transition(CertificateStatus.ACTIVE, null);
            }
            case EXTEND_SCOPE -> {
                if (status != CertificateStatus.ACTIVE) {
                    throw new RuleViolation(CertificationRule.EXTEND_SCOPE_ONLY_ACTIVE,
                            "This certificate is " + status + "; a suspension ends by reinstatement first.");
                }
                requireNotPastExpiry(today, expiryDate);
                yield new Transition(CertificateStatus.ACTIVE, null);
            }
        };
    }

    /** What runs out of itself, and on which day: a certificate expires, or a suspension ends in withdrawal. */
    public record RunOut(Action action, LocalDate on) {
    }

    /**
     * Whether a live certificate ran out by {@code today}: past its expiry date it expires on the day after it, a
     * suspension past its last day ends in withdrawal on the day after that, whichever came first; null if neither.
     */
    public static RunOut runOut(CertificateStatus status, LocalDate expiryDate, LocalDate suspendedUntil,
                                LocalDate today) {
        boolean suspensionRanOut = status == CertificateStatus.SUSPENDED && suspensionRunOut(suspendedUntil, today);
        if (suspensionRanOut && !expiryDate.isBefore(suspendedUntil)) {
            return new RunOut(Action.WITHDRAW, suspendedUntil.plusDays(1));
        }
        boolean live = status == CertificateStatus.ACTIVE || status == CertificateStatus.SUSPENDED;
        return live && today.isAfter(expiryDate) ? new RunOut(Action.EXPIRE, expiryDate.plusDays(1)) : null;
    }

    /** Whether a suspension that lasts until {@code suspendedUntil} (inclusive) has run out on {@code today}. */
    public static boolean suspensionRunOut(LocalDate suspendedUntil, LocalDate today) {
        return today.isAfter(suspendedUntil);
    }

    private static void requireNotPastExpiry(LocalDate today, LocalDate expiryDate) {
        if (today.isAfter(expiryDate)) {
            throw new RuleViolation(CertificationRule.CERTIFICATE_EXPIRED,
                    "It was valid until " + expiryDate + "; it can only expire now.");
        }
    }

    private CertificateLifecycle() {
    }
}
