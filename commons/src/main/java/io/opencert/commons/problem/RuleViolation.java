package io.opencert.commons.problem;

import java.util.List;

/**
 * A request that breaks a business rule (an accreditation rule, a lifecycle transition); the rule's status (409 for
 * most) with its slug as the problem type, e.g. {@code decision-maker-on-audit-team}.
 */
public class RuleViolation extends ProblemException {
    private final Rule rule;

    public RuleViolation(Rule rule, String detail) {
        this(rule, detail, List.of());
    }

    /** With the rejected fields of the request that broke the rule. */
    public RuleViolation(Rule rule, String detail, List<Problem.Violation> violations) {
        super(rule.status(), rule.slug(), rule.title(), detail, violations);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
