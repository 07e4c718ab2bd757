package io.opencert.events.audit;

import io.opencert.events.EventPayload;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.DueNonconformity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The client's answer to nonconformities of a completed audit is due soon and has not come: each listed one still
 * awaits it (never answered, or returned by the audit team) and is due within audit-service's reminder period
 * ({@code cb.audit.response-reminder-days}, 7 by default). Published by audit-service's daily job, once per
 * nonconformity and due date; notification-service reminds the client's contacts.
 */
public record NonconformityResponseDueV1(UUID auditId, UUID clientId, String clientName, AuditType type,
                                         List<DueNonconformity> nonconformities, Instant remindedAt)
        implements EventPayload {
    @Override
    public String subject() {
        return auditId.toString();
    }
}
