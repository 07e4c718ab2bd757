package io.opencert.commons.problem;

public class NotFoundProblem extends ProblemException {
    public NotFoundProblem(String detail) {
        super(404, "not-found", "Not found", detail);
    }
}
