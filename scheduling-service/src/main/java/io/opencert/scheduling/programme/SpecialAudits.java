package io.opencert.scheduling.programme;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.events.audit.Stage2RepetitionRequiredV1;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.SpecialAuditRequest;
import io.opencert.scheduling.rules.DueDates;
import io.opencert.scheduling.rules.DueWindow;
import io.opencert.scheduling.rules.SpecialAudit;
import io.opencert.scheduling.rules.SpecialAuditKind;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Audits staff plan besides those the contract and the certificate plan ({@link SpecialAuditKind}): checked by
 * {@link SpecialAudit}, then booked, teamed, announced and completed like any audit of the programme.
 */
@ApplicationScoped
public class SpecialAudits {
    private final ProgrammeAdditions additions;
    private final ChangeLog changeLog;
    private final Clock clock;

    SpecialAudits(ProgrammeAdditions additions, ChangeLog changeLog, Clock clock) {
        this.additions = additions;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** Plans the special audit, the programme locked so that two requests cannot both plan one. */
    @WithTransaction
    public Uni<PlannedAuditView> plan(UUID programmeId, SpecialAuditRequest request, String actor) {
        return Uni.createFrom().item(() -> request.window(LocalDate.now(clock)))
                .flatMap(window -> additions.locked(programmeId).flatMap(programme -> {
                    SpecialAudit.check(programme.toPlanSpecial(), request.kind(), window).ifPresent(refusal -> {
                        throw refusal.violation();
                    });
                    return planChecked(programme, request.kind(), window, request.days(), request.reason().strip(),
                            actor);
                }));
    }

    /**
     * A major nonconformity of stage 2 was not verified within 6 months of its last day (ISO/IEC 17021-1 9.5.3.2):
     * stage 2 is planned again, for as many days as the one it repeats, unless staff planned it already. Runs in the
     * consumer's inbox transaction.
     */
    public Uni<Void> onStage2RepetitionRequired(Stage2RepetitionRequiredV1 required, String actor) {
        LocalDate today = LocalDate.ofInstant(required.detectedAt(), ZoneOffset.UTC);
        return additions.locked(required.programmeId()).flatMap(programme -> {
            PlannedAudit stage2 = programme.audit(required.auditId()).orElseThrow(() -> new IllegalStateException(
                    "stage 2 " + required.auditId() + " is not planned in audit programme " + programme.id));
            String reason = "major nonconformity(ies) " + required.nonconformities().stream()
                    .map(nc -> nc.clause() + " (" + nc.status() + ")").toList() + " of the stage 2 that ended on "
                    + required.lastDayOfStage2() + " not verified by " + required.deadline();
            SpecialAudit.Cycle cycle = programme.toPlanSpecial();
            if (cycle.stage2StillDue()) {
                return changeLog.record(actor, "AuditProgramme", programme.id, "STAGE_2_REPETITION_REQUIRED",
                        reason + "; a stage 2 is planned already");
            }
            DueWindow window = DueDates.repeatedStage2(today);
            SpecialAudit.check(cycle, SpecialAuditKind.REPEATED_STAGE_2, window).ifPresent(refusal -> {
                throw new IllegalStateException("stage 2 " + required.auditId() + " is to be repeated, but "
                        + refusal.rule().slug() + ": " + refusal.detail());
            });
            return planChecked(programme, SpecialAuditKind.REPEATED_STAGE_2, window, stage2.days, reason, actor)
                    .replaceWithVoid();
        });
    }

    private Uni<PlannedAuditView> planChecked(AuditProgramme programme, SpecialAuditKind kind, DueWindow window,
                                      BigDecimal days, String reason, String actor) {
        PlannedAudit audit = programme.planSpecial(kind, window, days, reason);
        return additions.add(programme, audit, actor, "SPECIAL_AUDIT_PLANNED", kind + " (" + audit.type + ") audit "
                + audit.id + " due " + audit.dueFrom + " to " + audit.dueBy + ", " + audit.days + " day(s); reason: "
                + reason);
    }
}
