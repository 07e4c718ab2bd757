package io.opencert.scheduling.programme;

import io.opencert.events.scheduling.AuditCancelledV1;
import io.opencert.events.scheduling.AuditRescheduledV1;
import io.opencert.events.scheduling.AuditScheduledV1;

import java.time.Instant;

/** What the audit service is told about a planned audit. */
final class Announcements {

    static AuditScheduledV1 scheduled(PlannedAudit audit, Instant now) {
        AuditProgramme programme = audit.programme;
        return new AuditScheduledV1(audit.id, programme.id, programme.clientId, programme.clientName, audit.type,
                audit.standards, audit.auditedScope(), audit.sample().orElseThrow().visited(), audit.startDate,
                audit.endDate, audit.days, audit.teamMembers(), now, audit.auditedSites());
    }

    static AuditRescheduledV1 rescheduled(PlannedAudit audit, String reason, Instant now) {
        return new AuditRescheduledV1(audit.id, audit.programme.id, audit.programme.clientId, audit.startDate,
                audit.endDate, audit.days, audit.teamMembers(), reason, now);
    }

    static AuditCancelledV1 cancelled(PlannedAudit audit, CancellationReason reason, Instant now) {
        return new AuditCancelledV1(audit.id, audit.programme.id, audit.programme.clientId, reason.name(), now);
    }

    private Announcements() {
    }
}
