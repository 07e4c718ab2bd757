package io.opencert.audit.catalogue;

import java.util.UUID;

/**
 * One line of a generated checklist: a clause of a section, in the order the team works through them.
 *
 * @param followsUp the finding of a previous audit this line follows up; null for a clause of the catalogue
 */
public record ChecklistEntry(ChecklistSection section, String clause, String title, UUID followsUp) {
    /** The longest title a checklist item stores. */
    public static final int MAX_TITLE = 200;

    /** A clause of the catalogue. */
    public ChecklistEntry(ChecklistSection section, String clause, String title) {
        this(section, clause, title, null);
    }

    static ChecklistEntry of(ChecklistSection section, Clause clause) {
        return new ChecklistEntry(section, clause.number(), clause.title());
    }
}
