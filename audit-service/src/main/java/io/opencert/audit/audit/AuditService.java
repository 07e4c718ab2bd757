package io.opencert.audit.audit;

import io.opencert.audit.audit.CompletionPreconditions.Refusal;
import io.opencert.audit.audit.dto.AuditView;
import io.opencert.audit.audit.dto.CompletionRequest;
import io.opencert.audit.catalogue.ChecklistGenerator;
import io.opencert.audit.checklist.ChecklistItemRepository;
import io.opencert.audit.finding.FindingRepository;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.TeamMember;
import io.opencert.events.model.TeamRole;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AuditService {
    public static final String ENTITY = "Audit";
    private static final Logger LOG = Logger.getLogger(AuditService.class);

    private final AuditRepository audits;
    private final FindingRepository findings;
    private final ChecklistItemRepository checklistItems;
    private final CurrentUser user;
    private final ChangeLog changeLog;
    private final Outbox outbox;
    private final Clock clock;

    AuditService(AuditRepository audits, FindingRepository findings, ChecklistItemRepository checklistItems,
                 CurrentUser user, ChangeLog changeLog, Outbox outbox, Clock clock) {
        this.audits = audits;
        this.findings = findings;
        this.checklistItems = checklistItems;
        this.user = user;
        this.changeLog = changeLog;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Scheduling booked an audit: create it with the checklist for its type and standards, or take the new booking
     * while the fieldwork has not started (the checklist stays as generated). Runs inside the inbox transaction of
     * the event, which also keeps a redelivered event from generating the checklist twice.
     */
    public Uni<Void> onAuditScheduled(AuditScheduledV1 event, String source) {
        return audits.findById(event.auditId()).flatMap(existing -> {
            if (existing == null) {
                return audits.persist(Audit.scheduled(event))
                        .flatMap(audit -> checklistItems.create(audit.id(),
                                ChecklistGenerator.generate(audit.type(), audit.standards())))
                        .flatMap(created -> changeLog.record(source, ENTITY, event.auditId(), "scheduled", describe(event)));
            }
            if (existing.status() == AuditStatus.SCHEDULED) {
                existing.takeBooking(event);
                return changeLog.record(source, ENTITY, existing.id(), "rebooked", describe(event));
            }
            // The team's record of what happened wins over a late booking; scheduling learns of it by AuditCompleted.
            LOG.warnf("audit %s is %s; booking from %s ignored", existing.id(), existing.status(), source);
            return Uni.createFrom().voidItem();
        });
    }

    @WithSession
    public Uni<AuditView> view(UUID id) {
        return visible(id).map(AuditView::of);
    }

    /** The audit if the caller may see it: CB staff, an auditor on its team, a user of the audited organisation. */
    public Uni<Audit> visible(UUID id) {
        String username = user.username();
        return audits.findById(id).map(audit -> {
            if (audit == null || !maySee(audit, username)) {
                throw notFound(id);
            }
            return audit;
        });
    }

    /**
     * The audit for a member of its team who records something on it. Its version is raised even when nothing else
     * of it changes, so that a completion running concurrently fails instead of reporting stale finding counts.
     */
    public Uni<Audit> openForTeamMember(UUID id, String username) {
        return audits.findById(id, LockModeType.OPTIMISTIC_FORCE_INCREMENT).map(audit -> openFor(audit, id, username));
    }

    /**
     * The audit for a member of its team who answers its checklist. Unlike {@link #openForTeamMember} its version is
     * not raised, so that team members answer different items at the same time; completion does not depend on the
     * checklist (yet; once it does, answers must take the same lock as findings).
     */
    public Uni<Audit> openForAnswers(UUID id, String username) {
        return audits.findById(id).map(audit -> openFor(audit, id, username));
    }

    private static Audit openFor(Audit audit, UUID id, String username) {
        if (audit == null || audit.roleOf(username).isEmpty()) {
            throw notFound(id);
        }
        if (!audit.status().open()) {
            throw notOpen(audit);
        }
        return audit;
    }

    /** The lead auditor closes the audit; the certification decision and the programme follow from the event. */
    @WithTransaction
    public Uni<AuditView> complete(UUID id, CompletionRequest request) {
        String lead = user.username();
        return audits.findById(id).flatMap(audit -> {
            if (audit == null) {
                throw notFound(id);
            }
            CompletionPreconditions.check(audit.status(), audit.startDate(), audit.roleOf(lead), request.lastDayOnSite())
                    .ifPresent(refusal -> {
                        throw refused(audit, refusal);
                    });
            return findings.countsByGrade(id).flatMap(counts -> {
                audit.complete(request.recommendation(), request.lastDayOnSite(), request.summary(), lead,
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                return outbox.record(completed(audit, counts))
                        .flatMap(eventId -> changeLog.record(lead, ENTITY, id, "completed",
                                "recommendation " + request.recommendation() + ", findings " + counts))
                        // flushed here so that a concurrent change fails this request and the view shows the new version
                        .flatMap(logged -> audits.flush())
                        .map(flushed -> AuditView.of(audit));
            });
        });
    }

    private boolean maySee(Audit audit, String username) {
        if (user.hasRole(Roles.CB_STAFF) || user.hasRole(Roles.CB_ADMIN)) {
            return true;
        }
        if (user.hasRole(Roles.AUDITOR) && audit.roleOf(username).isPresent()) {
            return true;
        }
        return user.isClientUser() && user.maySee(audit.clientId());
    }

    private static AuditCompletedV1 completed(Audit audit, Map<FindingGrade, Integer> counts) {
        return new AuditCompletedV1(audit.id(), audit.programmeId(), audit.clientId(), audit.clientName(),
                audit.type(), audit.standards(), audit.scope(), audit.sites(), audit.team(), counts,
                counts.get(FindingGrade.MAJOR_NONCONFORMITY), audit.lastDayOnSite(), audit.recommendation(),
                audit.completedAt().toInstant());
    }

    private static ProblemException refused(Audit audit, Refusal refusal) {
        return switch (refusal) {
            case NOT_ON_TEAM -> notFound(audit.id());
            case NOT_LEAD_AUDITOR -> new ProblemException(403, "lead-auditor-only", "Lead auditor only",
                    "Only the lead auditor of the audit team completes the audit.");
            case NOT_OPEN -> notOpen(audit);
            case LAST_DAY_BEFORE_START -> new InvalidInput("lastDayOnSite",
                    "must not be before the audit's start date " + audit.startDate());
        };
    }

    private static NotFoundProblem notFound(UUID id) {
        return new NotFoundProblem("Audit " + id + " not found.");
    }

    private static RuleViolation notOpen(Audit audit) {
        return new RuleViolation("audit-not-open", "Audit not open",
                "Audit " + audit.id() + " is " + audit.status() + "; only a scheduled or in-progress audit takes changes.");
    }

    private static String describe(AuditScheduledV1 event) {
        String lead = event.team().stream().filter(member -> member.role() == TeamRole.LEAD_AUDITOR)
                .map(TeamMember::username).findFirst().orElse("none");
        return event.type() + " of " + event.clientName() + " from " + event.startDate() + ", lead auditor " + lead;
    }
}
