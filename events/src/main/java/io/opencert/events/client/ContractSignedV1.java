package io.opencert.events.client;

import io.opencert.events.EventPayload;
import io.opencert.events.model.PlannedAuditDays;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client accepted a quotation. Carries what scheduling and audit need for the whole cycle;
 * {@code excludedAuditors} are the usernames of auditors who consulted the client in the last 2 years.
 */
public record ContractSignedV1(UUID contractId, UUID clientId, String clientName, UUID quotationId,
                               List<Standard> standards, String scope, List<Site> sites,
                               List<PlannedAuditDays> auditDays, List<String> excludedAuditors, Instant signedAt)
        implements EventPayload {
    @Override
    public String subject() {
        return clientId.toString();
    }
}
