package io.opencert.commons.problem;

/** What a {@link Rule} says of itself: the status of its refusal, its title and the clause it comes from. */
public record RuleText(int status, String title, String source) {
    /** A rule refused with 409. */
    public RuleText(String title, String source) {
        this(409, title, source);
    }
}
