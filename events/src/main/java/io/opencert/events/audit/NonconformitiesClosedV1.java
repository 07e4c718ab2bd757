package io.opencert.events.audit;

import io.opencert.events.EventPayload;
import io.opencert.events.model.AuditType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The nonconformities of a completed audit no longer hold its decision: every major one is verified and every minor
 * one's correction and corrective-action plan accepted (its verification may follow at the next audit). A decision
 * that waited for them may proceed. {@code verifiedNonconformities} counts the verified ones only. Not sent for a
 * stage 2 whose major nonconformities were not verified within 6 months of its last day.
 */
public record NonconformitiesClosedV1(UUID auditId, UUID programmeId, UUID clientId, AuditType type,
                                      int verifiedNonconformities, LocalDate closedOn, Instant closedAt)
        implements EventPayload {
    @Override
    public String subject() {
        return auditId.toString();
    }
}
