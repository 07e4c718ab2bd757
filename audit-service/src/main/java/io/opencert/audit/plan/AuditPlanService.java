package io.opencert.audit.plan;

import io.opencert.audit.audit.Audit;
import io.opencert.audit.audit.AuditService;
import io.opencert.audit.plan.PlanRules.AuditFacts;
import io.opencert.audit.plan.dto.PlanRequest;
import io.opencert.audit.plan.dto.PlanView;
import io.opencert.audit.rules.AuditRule;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.commons.security.CurrentUser;
import io.opencert.events.model.Site;
import io.opencert.events.model.TeamMember;
import io.opencert.events.model.TeamRole;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class AuditPlanService {
    private final AuditPlanRepository plans;
    private final AuditService audits;
    private final CurrentUser user;
    private final ChangeLog changeLog;
    private final Clock clock;

    AuditPlanService(AuditPlanRepository plans, AuditService audits, CurrentUser user, ChangeLog changeLog, Clock clock) {
        this.plans = plans;
        this.audits = audits;
        this.user = user;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** The plan for whoever may see the audit: CB staff, its team, the audited organisation. */
    @WithSession
    public Uni<PlanView> get(UUID auditId) {
        return audits.visible(auditId).flatMap(audit -> of(auditId));
    }

    /** The plan within a session the caller opened (the auditor's bundle). */
    public Uni<PlanView> of(UUID auditId) {
        return plans.findById(auditId).map(plan -> plan == null ? PlanView.none(auditId) : PlanView.of(plan));
    }

    /** The lead auditor replaces the plan of an open audit. */
    @WithTransaction
    public Uni<PlanView> replace(UUID auditId, PlanRequest request) {
        String lead = user.username();
        return audits.forTeamMember(auditId, lead, LockModeType.NONE).flatMap(audit -> {
            if (audit.roleOf(lead).orElseThrow() != TeamRole.LEAD_AUDITOR) {
                throw new RuleViolation(AuditRule.LEAD_AUDITOR_ONLY,
                        "Only the lead auditor of the audit team draws up the audit plan.");
            }
            if (!audit.status().open()) {
                throw AuditService.notOpen(audit);
            }
            List<PlanEntry> entries = request.entries().stream().map(slot -> new PlanEntry(slot.day(), slot.startsAt(),
                    slot.endsAt(), slot.auditor(), slot.siteId(), slot.activity(), slot.clauses())).toList();
            List<PlanRules.Violation> violations = PlanRules.check(facts(audit), entries);
            if (!violations.isEmpty()) {
                throw rejected(violations);
            }
            return plans.findById(auditId).flatMap(existing -> {
                AuditPlan plan = existing == null ? new AuditPlan(auditId) : existing;
                if (request.version() != null && (existing == null || request.version() != existing.version())) {
                    throw new OptimisticLockException("the plan of audit " + auditId + " was changed meanwhile");
                }
                plan.replace(entries, lead, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                return (existing == null ? plans.persist(plan) : Uni.createFrom().item(plan))
                        .call(saved -> changeLog.record(lead, "AuditPlan", auditId, "plan-set", entries.size() + " slot(s)"))
                        // flushed here so that the view shows the new version
                        .call(saved -> plans.flush())
                        .map(PlanView::of);
            });
        });
    }

    private static AuditFacts facts(Audit audit) {
        return new AuditFacts(audit.startDate(), audit.endDate(),
                audit.team().stream().map(TeamMember::username).toList(),
                audit.sites().stream().map(Site::siteId).toList());
    }

    private static ProblemException rejected(List<PlanRules.Violation> violations) {
        List<Problem.Violation> fields = violations.stream()
                .map(violation -> new Problem.Violation("entries[" + violation.index() + "]." + violation.field(),
                        violation.message()))
                .toList();
        return new ProblemException(400, "invalid-input", "Invalid input", fields.stream()
                .map(field -> field.field() + ": " + field.message()).collect(Collectors.joining("; ")), fields);
    }
}
