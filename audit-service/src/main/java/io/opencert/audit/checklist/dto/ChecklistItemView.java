package io.opencert.audit.checklist.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.opencert.audit.catalogue.ChecklistSection;
import io.opencert.audit.checklist.ChecklistAnswer;
import io.opencert.audit.checklist.ChecklistItem;

import java.time.Instant;
import java.util.UUID;

/**
 * A checklist item; {@code answer} is null until the team answers it. {@code followsUp}, present in the section
 * PREVIOUS_FINDINGS only, is the id of the previous audit's finding the item follows up.
 */
public record ChecklistItemView(UUID id, UUID auditId, ChecklistSection section, String clause, String title,
                                int position, @JsonInclude(JsonInclude.Include.NON_NULL) UUID followsUp,
                                ChecklistAnswer answer, String note, String answeredBy, Instant answeredAt,
                                long version) {

    public static ChecklistItemView of(ChecklistItem item) {
        return new ChecklistItemView(item.id(), item.auditId(), item.section(), item.clause(), item.title(),
                item.position(), item.followsUp(), item.answer(), item.note(), item.answeredBy(),
                item.answeredAt() == null ? null : item.answeredAt().toInstant(), item.version());
    }

    /** As the audited organisation sees it: the team's answer without its working note. */
    public ChecklistItemView forClientUser() {
        return new ChecklistItemView(id, auditId, section, clause, title, position, followsUp, answer, null, answeredBy,
                answeredAt, version);
    }
}
