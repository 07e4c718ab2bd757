package io.opencert.scheduling.programme;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Audits added to a programme besides those its contract and certificate plan (scope extensions, special audits):
 * the programme is locked while the addition is checked, so that two requests cannot both add one, and the added
 * audit is stored with the programme's new version and a change-log entry.
 */
@ApplicationScoped
class ProgrammeAdditions {
    private final ProgrammeRepository programmes;
    private final PlannedAuditRepository plannedAudits;
    private final ChangeLog changeLog;

    ProgrammeAdditions(ProgrammeRepository programmes, PlannedAuditRepository plannedAudits, ChangeLog changeLog) {
        this.programmes = programmes;
        this.plannedAudits = plannedAudits;
        this.changeLog = changeLog;
    }

    /** The programme with its audits, locked for the addition; 404 when there is none. */
    Uni<AuditProgramme> locked(UUID programmeId) {
        return programmes.lockWithAudits(programmeId)
                .map(found -> found.orElseThrow(() -> ProgrammeService.programmeNotFound(programmeId)));
    }

    /** Stores the audit the locked programme planned, and logs {@code action} with {@code details}. */
    Uni<PlannedAuditView> add(AuditProgramme programme, PlannedAudit audit, String actor, String action,
                              String details) {
        return plannedAudits.persist(audit)
                .call(() -> programmes.markChanged(programme))
                .call(() -> changeLog.record(actor, "AuditProgramme", programme.id, action, details))
                .map(ignored -> PlannedAuditView.of(audit));
    }
}
