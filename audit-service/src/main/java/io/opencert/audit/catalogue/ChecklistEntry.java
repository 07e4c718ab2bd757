package io.opencert.audit.catalogue;

/** One line of a generated checklist: a clause of a section, in the order the team works through them. */
public record ChecklistEntry(ChecklistSection section, String clause, String title) {

    static ChecklistEntry of(ChecklistSection section, Clause clause) {
        return new ChecklistEntry(section, clause.number(), clause.title());
    }
}
