package io.opencert.commons.problem;

import java.util.Locale;

/**
 * A rule the platform enforces by refusing a request, with 409 unless the rule is about who may act (403) or about
 * a value the request gives (400). Each service lists its rules in one enum; the rules
 * catalogue ({@code docs/rules/}) is generated from these enums, with the clause each rule comes from and the tests
 * that prove it.
 */
public interface Rule {
    /** The enum constant's name, e.g. {@code STAGE_1_NOT_COMPLETED}. */
    String name();

    /** The rule's status, title and source, as its enum constant declares them. */
    RuleText text();

    /** The problem's title, e.g. "Stage 1 not completed". */
    default String title() {
        return text().title();
    }

    /** Where the rule comes from, e.g. "ISO/IEC 17021-1 9.3.1.2"; see the catalogue's list of sources. */
    default String source() {
        return text().source();
    }

    /** The HTTP status of the refusal. */
    default int status() {
        return text().status();
    }

    /** The problem type, e.g. {@code stage-1-not-completed}. */
    default String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
