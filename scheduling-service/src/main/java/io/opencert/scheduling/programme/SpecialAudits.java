package io.opencert.scheduling.programme;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.SpecialAuditRequest;
import io.opencert.scheduling.rules.DueWindow;
import io.opencert.scheduling.rules.SpecialAudit;
import io.opencert.scheduling.rules.SpecialAuditKind;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Audits staff plan besides those the contract and the certificate plan ({@link SpecialAuditKind}): checked by
 * {@link SpecialAudit}, then booked, teamed, announced and completed like any audit of the programme.
 */
@ApplicationScoped
public class SpecialAudits {
    private final ProgrammeRepository programmes;
    private final PlannedAuditRepository plannedAudits;
    private final ChangeLog changeLog;
    private final Clock clock;

    SpecialAudits(ProgrammeRepository programmes, PlannedAuditRepository plannedAudits, ChangeLog changeLog,
                  Clock clock) {
        this.programmes = programmes;
        this.plannedAudits = plannedAudits;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** Plans the special audit, the programme locked so that two requests cannot both plan one. */
    @WithTransaction
    public Uni<PlannedAuditView> plan(UUID programmeId, SpecialAuditRequest request, String actor) {
        return Uni.createFrom().item(() -> request.window(LocalDate.now(clock)))
                .flatMap(window -> programmes.lockWithAudits(programmeId).flatMap(found -> {
                    AuditProgramme programme = found.orElseThrow(() -> ProgrammeService.programmeNotFound(programmeId));
                    SpecialAudit.check(programme.toPlanSpecial(), request.kind(), window).ifPresent(refusal -> {
                        throw refusal.violation();
                    });
                    return planChecked(programme, request.kind(), window, request.days(), request.reason().strip(),
                            actor);
                }));
    }

    /**
     * A rule of another service asks for a special audit, e.g. a repeated stage 2; runs in the caller's transaction
     * on the programme it locked.
     */
    Uni<PlannedAuditView> planChecked(AuditProgramme programme, SpecialAuditKind kind, DueWindow window,
                                      BigDecimal days, String reason, String actor) {
        PlannedAudit audit = programme.planSpecial(kind, window, days, reason);
        return plannedAudits.persist(audit)
                .call(() -> programmes.markChanged(programme))
                .call(() -> changeLog.record(actor, "AuditProgramme", programme.id, "SPECIAL_AUDIT_PLANNED",
                        kind + " (" + audit.type + ") audit " + audit.id + " due " + audit.dueFrom + " to "
                                + audit.dueBy + ", " + audit.days + " day(s); reason: " + reason))
                .map(ignored -> PlannedAuditView.of(audit));
    }
}
