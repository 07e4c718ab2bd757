package io.opencert.audit.checklist;

/** The team's answer to a checklist item; an item without an answer has not been looked at yet. */
public enum ChecklistAnswer {
    CONFORMING,
    NONCONFORMING,
    NOT_APPLICABLE,
    /** Looked at and deliberately left out of this audit (e.g. sampled at a later surveillance). */
    NOT_AUDITED
}
