package io.opencert.commons.problem;

/**
 * A request that breaks a business rule (an accreditation rule, a lifecycle transition); 409 with the rule's
 * name as the problem type, e.g. {@code decision-maker-on-audit-team}.
 */
public class RuleViolation extends ProblemException {
    public RuleViolation(String rule, String title, String detail) {
        super(409, rule, title, detail);
    }
}
