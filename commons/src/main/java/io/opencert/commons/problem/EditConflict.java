package io.opencert.commons.problem;

/**
 * An edit based on a version of a record that someone else has changed since (409 with the record's own type, e.g.
 * {@code client-changed}); not a business rule, the caller reloads and applies the edit again.
 */
public class EditConflict extends ProblemException {
    public EditConflict(String slug, String title, String detail) {
        super(409, slug, title, detail);
    }
}
