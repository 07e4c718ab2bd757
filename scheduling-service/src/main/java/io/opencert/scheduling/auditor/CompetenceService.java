package io.opencert.scheduling.auditor;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.opencert.scheduling.auditor.dto.CompetenceView;
import io.opencert.scheduling.auditor.dto.DevelopmentRequest;
import io.opencert.scheduling.auditor.dto.QualificationRequest;
import io.opencert.scheduling.auditor.dto.QualificationWithdrawal;
import io.opencert.scheduling.auditor.dto.WitnessAuditRequest;
import io.opencert.scheduling.rules.Competence;
import io.opencert.scheduling.technicalarea.TechnicalAreaService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Auditors' competence records (ISO/IEC 17021-1 7.2): the administrator grants qualifications and records witness
 * audits and professional development; the auditor reads their own record, planning staff anyone's.
 */
@ApplicationScoped
public class CompetenceService {
    private static final String ENTITY = "Auditor";

    private final AuditorRepository auditors;
    private final TechnicalAreaService technicalAreas;
    private final ChangeLog changeLog;
    private final Clock clock;

    CompetenceService(AuditorRepository auditors, TechnicalAreaService technicalAreas, ChangeLog changeLog,
                      Clock clock) {
        this.auditors = auditors;
        this.technicalAreas = technicalAreas;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** The technical areas must be offered by the catalogue when the qualification is granted. */
    @WithTransaction
    public Uni<CompetenceView> grant(UUID auditorId, QualificationRequest request, String actor) {
        if (request.expiresOn().isBefore(request.grantedOn())) {
            throw new InvalidInput("expiresOn", "must not be before grantedOn");
        }
        List<String> areas = request.technicalAreas().stream().distinct().toList();
        Competence.Qualification qualification = new Competence.Qualification(UUID.randomUUID(), request.standard(),
                request.role(), areas, request.evidence().strip(), request.grantedOn(), request.expiresOn());
        return technicalAreas.requireOffered(areas)
                .flatMap(ignored -> change(auditorId, auditor -> auditor.grant(qualification), actor,
                        "QUALIFICATION_GRANTED", request.role() + " for " + request.standard() + " in " + areas
                                + " from " + request.grantedOn() + " to " + request.expiresOn()));
    }

    /** The qualification lapses from {@code withdrawal.from()} on; booked teams relying on it show on the board. */
    @WithTransaction
    public Uni<CompetenceView> withdraw(UUID auditorId, UUID qualificationId, QualificationWithdrawal withdrawal,
                                        String actor) {
        return change(auditorId, auditor -> {
            if (!auditor.withdrawQualification(qualificationId, withdrawal.from())) {
                throw new NotFoundProblem("Qualification " + qualificationId + " of auditor " + auditorId
                        + " not found.");
            }
        }, actor, "QUALIFICATION_WITHDRAWN", qualificationId + " from " + withdrawal.from() + ": "
                + withdrawal.reason().strip());
    }

    @WithTransaction
    public Uni<CompetenceView> recordWitnessAudit(UUID auditorId, WitnessAuditRequest request, String actor) {
        String notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        WitnessAudit witnessed = new WitnessAudit(request.witnessedOn(), request.evaluator().strip(),
                request.outcome(), notes);
        return change(auditorId, auditor -> auditor.recordWitnessAudit(witnessed), actor, "WITNESS_AUDIT_RECORDED",
                request.outcome() + " on " + request.witnessedOn() + " by " + witnessed.evaluator());
    }

    @WithTransaction
    public Uni<CompetenceView> recordDevelopment(UUID auditorId, DevelopmentRequest request, String actor) {
        DevelopmentActivity activity = new DevelopmentActivity(request.completedOn(), request.hours(),
                request.activity().strip());
        return change(auditorId, auditor -> auditor.recordDevelopment(activity), actor, "DEVELOPMENT_RECORDED",
                request.hours() + " h on " + request.completedOn() + ": " + activity.activity());
    }

    /** For the auditor themself, the administrator and planning staff. */
    @WithSession
    public Uni<CompetenceView> find(UUID auditorId, CurrentUser user) {
        return auditors.findById(auditorId)
                .onItem().ifNull().failWith(() -> notFound(auditorId))
                .map(auditor -> {
                    AuditorAccess.requireSelfOr(auditor, user, Roles.CB_ADMIN, Roles.CB_STAFF);
                    return CompetenceView.of(auditor, LocalDate.now(clock));
                });
    }

    /** The calling auditor's own record; 404 for a login that is not in the register. */
    @WithSession
    public Uni<CompetenceView> own(String username) {
        return auditors.find("username", username).firstResult()
                .onItem().ifNull().failWith(() -> new NotFoundProblem(username + " is not in the auditor register."))
                .map(auditor -> CompetenceView.of(auditor, LocalDate.now(clock)));
    }

    /** Locked as booking locks it, so that a booking checks the record as it stands after the change. */
    private Uni<CompetenceView> change(UUID auditorId, Consumer<Auditor> change, String actor, String action,
                                       String details) {
        return auditors.find("id", auditorId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .onItem().ifNull().failWith(() -> notFound(auditorId))
                .call(auditor -> {
                    change.accept(auditor);
                    return changeLog.record(actor, ENTITY, auditor.id, action, auditor.username + ": " + details);
                })
                .map(auditor -> CompetenceView.of(auditor, LocalDate.now(clock)));
    }

    private static NotFoundProblem notFound(UUID auditorId) {
        return new NotFoundProblem("Auditor " + auditorId + " not found.");
    }
}
