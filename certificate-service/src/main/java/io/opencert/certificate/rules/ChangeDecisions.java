package io.opencert.certificate.rules;

import io.opencert.certificate.rules.CertificateLifecycle.Action;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.RuleViolation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Decisions that change a certificate (ISO/IEC 17021-1, 9.6): what each asks for, when it may be asked for, and what
 * a refused continuation does instead of leaving the certificate active.
 */
public final class ChangeDecisions {
    /** What a decision-maker who refuses to continue certification after a surveillance does with the certificate. */
    public enum RefusalConsequence { SUSPEND, WITHDRAW }

    /** The lifecycle action a granted change decision takes. */
    public static Action actionOf(DecisionKind kind) {
        return switch (kind) {
            case SUSPENSION -> Action.SUSPEND;
            case REINSTATEMENT -> Action.REINSTATE;
            case WITHDRAWAL -> Action.WITHDRAW;
            case SCOPE_REDUCTION -> Action.REDUCE_SCOPE;
            case SCOPE_EXTENSION -> Action.EXTEND_SCOPE;
            case CERTIFICATION, CONTINUATION, RENEWAL, TRANSFER ->
                    throw new IllegalArgumentException(kind + " decides on an audit or a transfer, not on a change");
        };
    }

    /**
     * Checks that a change of this kind is complete and possible for the certificate as it is today: a suspension
     * names its reason, a scope reduction its scope (and the sites that remain, if sites leave), and the lifecycle allows the change (it is checked again on the
     * grant).
     */
    public static void requireMayOpen(DecisionKind kind, boolean suspensionReasonGiven, boolean scopeGiven,
                                      boolean sitesGiven, CertificateStatus status, LocalDate today,
                                      LocalDate expiryDate) {
        if (!kind.changesCertificate() || kind == DecisionKind.SCOPE_EXTENSION) {
            throw new InvalidInput("kind", "a " + kind + " decision follows an audit or a transfer (a scope extension "
                    + "its audit, planned in the audit programme); a change of a certificate asked for is a "
                    + "SUSPENSION, REINSTATEMENT, WITHDRAWAL or SCOPE_REDUCTION");
        }
        if ((kind == DecisionKind.SUSPENSION) != suspensionReasonGiven) {
            throw new InvalidInput("suspensionReason", kind == DecisionKind.SUSPENSION
                    ? "a suspension names its reason" : "only a suspension has a suspension reason");
        }
        if ((kind == DecisionKind.SCOPE_REDUCTION) != scopeGiven) {
            throw new InvalidInput("scope", kind == DecisionKind.SCOPE_REDUCTION
                    ? "a scope reduction names the reduced scope" : "only a scope reduction changes the scope");
        }
        if (sitesGiven && kind != DecisionKind.SCOPE_REDUCTION) {
            throw new InvalidInput("sites", "only a scope reduction names the sites that remain");
        }
        CertificateLifecycle.apply(status, actionOf(kind), today, expiryDate);
    }

    /** One change of a certificate is decided at a time: the pending one first. */
    public static void requireNonePending(DecisionKind pending) {
        if (pending != null) {
            throw new RuleViolation(CertificationRule.CHANGE_DECISION_PENDING,
                    "A " + pending + " decision on this certificate is still to be decided; it is granted or refused "
                            + "before another change is asked for.");
        }
    }

    /**
     * A refusal of a continuation says whether the certificate is suspended or withdrawn (ISO/IEC 17021-1, 9.6.5);
     * a refusal of any other decision changes no certificate and names no consequence.
     */
    public static void requireConsequence(DecisionKind refused, RefusalConsequence consequence) {
        if (refused == DecisionKind.CONTINUATION && consequence == null) {
            throw new InvalidInput("consequence", "a refused continuation suspends (SUSPEND) or withdraws (WITHDRAW) "
                    + "the certificate; say which");
        }
        if (refused != DecisionKind.CONTINUATION && consequence != null) {
            throw new InvalidInput("consequence", "only a refused continuation suspends or withdraws the certificate");
        }
    }

    /** What a refusal does to the certificate: a refused continuation suspends or withdraws it, nothing else does. */
    public static Optional<Action> refusalAction(DecisionKind refused, RefusalConsequence consequence) {
        requireConsequence(refused, consequence);
        if (consequence == null) {
            return Optional.empty();
        }
        return Optional.of(consequence == RefusalConsequence.SUSPEND ? Action.SUSPEND : Action.WITHDRAW);
    }

    /** The former direct paths: every change of status, scope or sites is now a decision. */
    public static RuleViolation needsDecision(String change) {
        return new RuleViolation(CertificationRule.CHANGE_NEEDS_DECISION,
                "ISO/IEC 17021-1, 9.6: " + change + " is decided by a decision-maker independent of the audits "
                        + "concerned, with a written rationale. Ask for it with POST /api/v1/decisions (an extension of "
                        + "scope or sites with a scope extension audit in the audit programme); it takes effect when "
                        + "granted.");
    }

    private ChangeDecisions() {
    }
}
