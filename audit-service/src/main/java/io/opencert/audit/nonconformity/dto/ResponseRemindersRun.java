package io.opencert.audit.nonconformity.dto;

import io.opencert.events.model.DueNonconformity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One run of the reminders of the client's answers on {@code today}: each audit whose client was reminded
 * (NonconformityResponseDue), with the nonconformities due soon and still unanswered.
 */
public record ResponseRemindersRun(LocalDate today, List<RemindedAudit> reminded) {

    public record RemindedAudit(UUID auditId, UUID clientId, List<DueNonconformity> nonconformities) {
    }
}
