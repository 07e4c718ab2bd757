package io.opencert.audit.finding;

/**
 * What a clause reference of ISO/IEC 20000-1 looks like: a main clause with requirements (4 to 10) and one or two
 * sub-clause levels, such as 4.1 or 8.5.1. A bare main clause is too coarse to support a finding.
 */
public final class ClauseNumber {
    public static final String PATTERN = "(?:[4-9]|10)(?:\\.[1-9][0-9]?){1,2}";
    public static final String MESSAGE = "must be an ISO/IEC 20000-1 clause number such as 4.1 or 8.5.1";

    private ClauseNumber() {
    }
}
