package io.opencert.scheduling.rules;

import io.opencert.commons.problem.RuleViolation;

/** Why a rule of the audit programme refuses, in words for the person who asked. */
public record Refusal(ProgrammeRule rule, String detail) {
    /** The refusal as the 409 the caller receives. */
    public RuleViolation violation() {
        return new RuleViolation(rule, detail);
    }
}
