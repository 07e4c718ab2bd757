package io.opencert.scheduling.programme;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.events.model.Site;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.ScopeExtensionRequest;
import io.opencert.scheduling.rules.ScopeExtension;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Scope extensions of certified programmes: staff plan the audit that a scope extension needs first; it is booked
 * like any audit, and its completion opens the extension decision in certificate-service.
 */
@ApplicationScoped
public class ScopeExtensions {
    private final ProgrammeRepository programmes;
    private final PlannedAuditRepository plannedAudits;
    private final ChangeLog changeLog;
    private final Clock clock;

    ScopeExtensions(ProgrammeRepository programmes, PlannedAuditRepository plannedAudits, ChangeLog changeLog,
                    Clock clock) {
        this.programmes = programmes;
        this.plannedAudits = plannedAudits;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** Plans the scope extension audit in the programme, locked so that two requests cannot both plan one. */
    @WithTransaction
    public Uni<PlannedAuditView> plan(UUID programmeId, ScopeExtensionRequest request, String actor) {
        return Uni.createFrom().item(() -> request.extension(LocalDate.now(clock)))
                .flatMap(extension -> programmes.lockWithAudits(programmeId).flatMap(found -> {
                    AuditProgramme programme = found.orElseThrow(() -> ProgrammeService.programmeNotFound(programmeId));
                    ScopeExtension.Cycle cycle = programme.toExtend();
                    ScopeExtension.check(cycle, extension).ifPresent(refusal -> {
                        throw refusal.violation();
                    });
                    List<String> added = ScopeExtension.addedSites(cycle, extension).stream().map(Site::name).toList();
                    PlannedAudit audit = programme.planScopeExtension(extension, request.days());
                    return plannedAudits.persist(audit)
                            .call(() -> programmes.markChanged(programme))
                            .call(() -> changeLog.record(actor, "AuditProgramme", programme.id,
                                    "SCOPE_EXTENSION_PLANNED", "audit " + audit.id + " due " + audit.dueFrom + " to "
                                            + audit.dueBy + ", " + audit.days + " day(s), sites added " + added
                                            + ", scope: " + extension.scope() + "; reason: " + request.reason().strip()))
                            .map(ignored -> PlannedAuditView.of(audit));
                }));
    }
}
