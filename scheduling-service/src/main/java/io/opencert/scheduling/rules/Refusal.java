package io.opencert.scheduling.rules;

/** Why a rule of the audit programme refuses, in words for the person who asked. */
public record Refusal(ProgrammeRule rule, String detail) {
}
