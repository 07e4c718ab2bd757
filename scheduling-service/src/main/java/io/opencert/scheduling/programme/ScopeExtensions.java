package io.opencert.scheduling.programme;

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
    private final ProgrammeAdditions additions;
    private final Clock clock;

    ScopeExtensions(ProgrammeAdditions additions, Clock clock) {
        this.additions = additions;
        this.clock = clock;
    }

    /** Plans the scope extension audit in the programme, locked so that two requests cannot both plan one. */
    @WithTransaction
    public Uni<PlannedAuditView> plan(UUID programmeId, ScopeExtensionRequest request, String actor) {
        return Uni.createFrom().item(() -> request.extension(LocalDate.now(clock)))
                .flatMap(extension -> additions.locked(programmeId).flatMap(programme -> {
                    ScopeExtension.Cycle cycle = programme.toExtend();
                    ScopeExtension.check(cycle, extension).ifPresent(refusal -> {
                        throw refusal.violation();
                    });
                    List<String> added = ScopeExtension.addedSites(cycle, extension).stream().map(Site::name).toList();
                    PlannedAudit audit = programme.planScopeExtension(extension, request.days());
                    return additions.add(programme, audit, actor, "SCOPE_EXTENSION_PLANNED", "audit " + audit.id
                            + " due " + audit.dueFrom + " to " + audit.dueBy + ", " + audit.days + " day(s), sites "
                            + "added " + added + ", scope: " + extension.scope() + "; reason: "
                            + request.reason().strip());
                }));
    }
}
