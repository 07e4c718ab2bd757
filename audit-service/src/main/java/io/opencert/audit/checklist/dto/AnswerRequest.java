package io.opencert.audit.checklist.dto;

import io.opencert.audit.checklist.ChecklistAnswer;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The team's answer to a checklist item; a null answer withdraws an earlier one. {@code version}, when given, is the
 * item's version the auditor saw: a different one means someone else answered meanwhile (409).
 */
public record AnswerRequest(ChecklistAnswer answer, @Size(max = 10_000) String note, @PositiveOrZero Long version) {
}
