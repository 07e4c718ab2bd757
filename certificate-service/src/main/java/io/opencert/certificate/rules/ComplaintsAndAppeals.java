package io.opencert.certificate.rules;

import io.opencert.commons.problem.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;

/**
 * How complaints (ISO/IEC 17021-1 9.8) and appeals (9.7) are handled: received, acknowledged, investigated, decided and
 * closed, in this order, within deadlines counted from receipt; investigated and decided by people not involved in the
 * matter, the decision by another person than the investigation.
 */
public final class ComplaintsAndAppeals {

    /** What the handling is about, for the independence rule: a complaint's subject or an appealed decision. */
    public enum Matter {
        COMPLAINT(CertificationRule.HANDLER_INVOLVED_IN_COMPLAINT,
                "ISO/IEC 17021-1, 9.8.6: the decision on a complaint is made by persons not previously involved in "
                        + "its subject"),
        APPEAL(CertificationRule.HANDLER_INVOLVED_IN_APPEAL,
                "ISO/IEC 17021-1, 9.7.2 and 9.7.4: an appeal is handled by persons other than those who carried out "
                        + "the audits and made the certification decision appealed");

        private final CertificationRule rule;
        private final String requirement;

        Matter(CertificationRule rule, String requirement) {
            this.rule = rule;
            this.requirement = requirement;
        }
    }

    /** How long after receipt the acknowledgement and the decision are due. */
    public record Deadlines(Duration acknowledgeWithin, Duration decideWithin) {
        public Instant acknowledgeBy(Instant receivedAt) {
            return receivedAt.plus(acknowledgeWithin);
        }

        public Instant decideBy(Instant receivedAt) {
            return receivedAt.plus(decideWithin);
        }

        /** Overdue: not acknowledged by its acknowledgement deadline, or not decided by its decision deadline. */
        public boolean overdue(HandlingStatus status, Instant receivedAt, Instant now) {
            return status == HandlingStatus.RECEIVED && now.isAfter(acknowledgeBy(receivedAt))
                    || status.awaitsDecision() && now.isAfter(decideBy(receivedAt));
        }
    }

    /** Whole days since receipt, for the register of complaints and appeals. */
    public static long ageInDays(Instant receivedAt, Instant now) {
        return Duration.between(receivedAt, now).toDays();
    }

    /** A step is taken from the status before it only: acknowledge a received one, decide one under investigation. */
    public static void requireStep(HandlingStatus current, HandlingStatus next, String what) {
        if (current.ordinal() + 1 != next.ordinal()) {
            throw new RuleViolation(CertificationRule.HANDLING_STEP_OUT_OF_ORDER,
                    "This " + what + " is " + current + "; it can become " + next + " only when "
                            + HandlingStatus.values()[next.ordinal() - 1] + ".");
        }
    }

    /** Nobody involved in the matter investigates or decides it. */
    public static void requireNotInvolved(Matter matter, String person, Collection<String> involved, String step) {
        if (involved.stream().anyMatch(name -> name.equalsIgnoreCase(person))) {
            throw new RuleViolation(matter.rule, matter.requirement + ". " + person + " was involved (on an audit "
                    + "team or as the decision-maker) and cannot " + step + " it; someone else has to.");
        }
    }

    /** The decision is reviewed by someone other than its investigator. */
    public static void requireDeciderNotInvestigator(String decider, String investigator) {
        if (decider.equalsIgnoreCase(investigator)) {
            throw new RuleViolation(CertificationRule.DECIDER_INVESTIGATED,
                    "ISO/IEC 17021-1, 9.7.4 and 9.8.6: the decision is made, or reviewed and approved, by someone "
                            + "other than the investigator; " + decider + " investigated this matter.");
        }
    }

    /** An appeal is lodged within {@code period} of the day of the decision it appeals. */
    public static void requireWithinAppealPeriod(LocalDate decisionDate, Period period, LocalDate today) {
        LocalDate lastDay = decisionDate.plus(period);
        if (today.isAfter(lastDay)) {
            throw new RuleViolation(CertificationRule.APPEAL_PERIOD_PASSED,
                    "The decision of " + decisionDate + " could be appealed until " + lastDay + " (" + period
                            + " after it); today is " + today + ".");
        }
    }

    /**
     * What can be appealed is what the certification decisions can correct: a refusal (the matter is decided again)
     * and a granted suspension (a reinstatement).
     */
    public static void requireAppealable(boolean decided, boolean refused, DecisionKind kind) {
        if (!decided || !refused && kind != DecisionKind.SUSPENSION) {
            throw new RuleViolation(CertificationRule.DECISION_NOT_APPEALABLE,
                    "A refusal or a granted suspension can be appealed; this " + kind + " decision is "
                            + (decided ? "granted" : "still to be made") + ".");
        }
    }

    /** One appeal per decision: a second would be about the same matter. */
    public static void requireNotAppealedYet(String earlierAppeal) {
        if (earlierAppeal != null) {
            throw new RuleViolation(CertificationRule.DECISION_ALREADY_APPEALED,
                    "This decision is appealed already (" + earlierAppeal + ").");
        }
    }

    private ComplaintsAndAppeals() {
    }
}
