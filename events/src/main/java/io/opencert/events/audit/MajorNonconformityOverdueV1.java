package io.opencert.events.audit;

import io.opencert.events.EventPayload;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.OverdueNonconformity;
import io.opencert.events.model.Standard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A major nonconformity raised in a surveillance or recertification audit was not corrected by its deadline: its
 * correction was not verified on or before {@code deadline}, the audit's last day on site plus the body's correction
 * period (audit-service's {@code cb.audit.major-correction-days}, 90 days by default). The certificate the audit
 * covers is no longer backed by the client's system: certificate-service opens a SUSPENSION decision for it
 * (reason: unresolved major nonconformity).
 * <p>
 * Published once per audit, by audit-service's daily job on the first run after the deadline, with every major
 * nonconformity of the audit that missed it ({@code nonconformities}, never empty, in the order they were recorded).
 * A nonconformity verified after the deadline (status {@code VERIFIED}) missed it too, and is listed. Major
 * nonconformities of a stage 2 audit follow the 6-month rule of the initial certification instead and never appear
 * here.
 *
 * @param type       SURVEILLANCE or RECERTIFICATION
 * @param detectedAt when the job found the deadline missed
 */
public record MajorNonconformityOverdueV1(UUID auditId, UUID programmeId, UUID clientId, String clientName,
                                          AuditType type, List<Standard> standards,
                                          List<OverdueNonconformity> nonconformities, LocalDate deadline,
                                          Instant detectedAt) implements EventPayload {
    @Override
    public String subject() {
        return auditId.toString();
    }
}
