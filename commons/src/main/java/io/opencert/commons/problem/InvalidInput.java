package io.opencert.commons.problem;

import java.util.List;

/** Bad input found by a check that bean validation cannot express. */
public class InvalidInput extends ProblemException {
    public InvalidInput(String field, String message) {
        super(400, "invalid-input", "Invalid input", field + ": " + message, List.of(new Problem.Violation(field, message)));
    }
}
