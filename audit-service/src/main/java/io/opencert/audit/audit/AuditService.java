package io.opencert.audit.audit;

import io.opencert.audit.Words;
import io.opencert.audit.audit.CompletionPreconditions.Outstanding;
import io.opencert.audit.audit.CompletionPreconditions.Refusal;
import io.opencert.audit.audit.dto.AuditView;
import io.opencert.audit.audit.dto.CompletionRequest;
import io.opencert.audit.catalogue.ChecklistGenerator;
import io.opencert.audit.catalogue.PreviousFinding;
import io.opencert.audit.catalogue.PreviousFindings;
import io.opencert.audit.checklist.ChecklistItemRepository;
import io.opencert.audit.checklist.EvidenceCoverage;
import io.opencert.audit.checklist.EvidenceCoverage.ClauseAnswer;
import io.opencert.audit.client.ClientRepository;
import io.opencert.audit.finding.Finding;
import io.opencert.audit.finding.FindingRepository;
import io.opencert.audit.nonconformity.DecisionReadiness;
import io.opencert.audit.nonconformity.NonconformityStatus;
import io.opencert.audit.nonconformity.Stage2Repetition;
import io.opencert.audit.rules.AuditRule;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.model.DueNonconformity;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.TeamMember;
import io.opencert.events.model.TeamRole;
import io.opencert.events.scheduling.AuditCancelledV1;
import io.opencert.events.scheduling.AuditRescheduledV1;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class AuditService {
    public static final String ENTITY = "Audit";
    /** A client user whose token names no organisation sees no audits. */
    private static final UUID NO_CLIENT = new UUID(0, 0);
    private static final Logger LOG = Logger.getLogger(AuditService.class);

    private final AuditRepository audits;
    private final FindingRepository findings;
    private final ChecklistItemRepository checklistItems;
    private final ClientRepository clients;
    private final CurrentUser user;
    private final ChangeLog changeLog;
    private final Outbox outbox;
    private final Clock clock;

    AuditService(AuditRepository audits, FindingRepository findings, ChecklistItemRepository checklistItems,
                 ClientRepository clients, CurrentUser user, ChangeLog changeLog, Outbox outbox, Clock clock) {
        this.audits = audits;
        this.findings = findings;
        this.checklistItems = checklistItems;
        this.clients = clients;
        this.user = user;
        this.changeLog = changeLog;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Scheduling booked an audit: create it with the checklist for its type and standards and what the client's
     * previous audits left to follow up, or take the new booking while the fieldwork has not started (the checklist
     * stays as generated). The client's name is client-service's where known: scheduling's may be older. Runs inside
     * the inbox transaction of the event, which also keeps a redelivered event from generating the checklist twice.
     */
    public Uni<Void> onAuditScheduled(AuditScheduledV1 event, String source) {
        return audits.findById(event.auditId()).flatMap(existing -> clients.legalName(event.clientId()).flatMap(known -> {
            String clientName = known == null ? event.clientName() : known;
            if (existing == null) {
                return audits.persist(Audit.scheduled(event, clientName))
                        .flatMap(audit -> previousFindings(audit).flatMap(previous -> checklistItems.create(audit.id(),
                                ChecklistGenerator.generate(audit.type(), audit.standards(), previous))))
                        .flatMap(created -> changeLog.record(source, ENTITY, event.auditId(), "scheduled", describe(event)));
            }
            if (existing.status() == AuditStatus.SCHEDULED) {
                existing.takeBooking(event, clientName);
                return changeLog.record(source, ENTITY, existing.id(), "rebooked", describe(event));
            }
            if (existing.status() == AuditStatus.CANCELLED) {
                existing.reopen(event, clientName);
                return changeLog.record(source, ENTITY, existing.id(), "reopened", describe(event));
            }
            // The team's record of what happened wins over a late booking; scheduling learns of it by AuditCompleted.
            LOG.warnf("audit %s is %s; booking from %s ignored", existing.id(), existing.status(), source);
            return Uni.createFrom().voidItem();
        }));
    }

    /**
     * What the client's completed audits leave for a new audit to follow up, as they stand when scheduling books it
     * (possibly months ahead). The checklist is generated once, then answered: a finding recorded or verified later
     * does not change it; the bundle shows the previous findings as they stand at its download.
     */
    private Uni<PreviousFindings> previousFindings(Audit audit) {
        return audits.completedBefore(audit).list().flatMap(completed -> {
            if (completed.isEmpty()) {
                return Uni.createFrom().item(PreviousFindings.NONE);
            }
            Audit latest = completed.getFirst();
            Map<UUID, Audit> byId = completed.stream().collect(Collectors.toMap(Audit::id, Function.identity()));
            return findings.toFollowUp(byId.keySet(), latest.id()).flatMap(found -> repetition(latest)
                    .map(repetition -> new PreviousFindings(repetition != null && repetition.required(), found.stream()
                            // oldest audit first, each in the order recorded
                            .sorted(Comparator.comparing(finding -> byId.get(finding.auditId()).completedAt()))
                            .map(finding -> previousFinding(finding, byId.get(finding.auditId()), latest))
                            .toList())));
        });
    }

    private static PreviousFinding previousFinding(Finding finding, Audit audit, Audit latest) {
        return new PreviousFinding(finding.id(), finding.grade(), finding.clause(), finding.evidence(), audit.type(),
                audit.startDate(), audit.id().equals(latest.id()),
                finding.isNonconformity() && !finding.nonconformityStatus().closed());
    }

    /** Scheduling moved an audit or changed its team; runs inside the inbox transaction of the event. */
    public Uni<Void> onAuditRescheduled(AuditRescheduledV1 event, String source) {
        return audits.findById(event.auditId()).flatMap(audit -> {
            if (audit == null || !audit.status().open()) {
                LOG.warnf("audit %s is %s; rescheduling from %s ignored", event.auditId(),
                        audit == null ? "unknown" : audit.status(), source);
                return Uni.createFrom().voidItem();
            }
            audit.reschedule(event);
            return changeLog.record(source, ENTITY, audit.id(), "rescheduled", "from " + event.startDate() + " to "
                    + event.endDate() + ", team " + event.team().stream().map(TeamMember::username).toList()
                    + ": " + event.reason());
        });
    }

    /**
     * client-service published the client's name: its open audits show it. A completed or cancelled audit keeps the
     * name it was audited under, as its report and AuditCompleted gave it. Runs inside the inbox transaction of the
     * event.
     */
    public Uni<Void> onClientRenamed(UUID clientId, String name, String source) {
        return audits.openOf(clientId).flatMap(open -> {
            Uni<Void> renamed = Uni.createFrom().voidItem();
            for (Audit audit : open) {
                if (!audit.clientName().equals(name)) {
                    String before = audit.clientName();
                    audit.renameClient(name);
                    renamed = renamed.call(() -> changeLog.record(source, ENTITY, audit.id(), "client-renamed",
                            "from " + before + " to " + name));
                }
            }
            return renamed;
        });
    }

    /** Scheduling called an audit off: it takes no more work. Runs inside the inbox transaction of the event. */
    public Uni<Void> onAuditCancelled(AuditCancelledV1 event, String source) {
        return audits.findById(event.auditId()).flatMap(audit -> {
            if (audit == null || !audit.status().open()) {
                LOG.warnf("audit %s is %s; cancellation from %s ignored", event.auditId(),
                        audit == null ? "unknown" : audit.status(), source);
                return Uni.createFrom().voidItem();
            }
            audit.cancel(event.reason(), OffsetDateTime.ofInstant(event.cancelledAt(), ZoneOffset.UTC));
            return changeLog.record(source, ENTITY, audit.id(), "cancelled", event.reason());
        });
    }

    @WithSession
    public Uni<AuditView> view(UUID id) {
        return visible(id).flatMap(audit -> repetition(audit).map(repetition -> AuditView.of(audit, repetition)));
    }

    /** The audits CB staff see, or a client user's own organisation's, the latest start first. */
    @WithSession
    public Uni<Page<AuditView>> list(PageRequest page) {
        PanacheQuery<Audit> query = user.isClientUser()
                ? audits.ofClient(user.clientId().orElse(NO_CLIENT))
                : audits.findAll(Sort.by("startDate", Sort.Direction.Descending).and("id"));
        return Page.of(query, page, audit -> AuditView.of(audit, null));
    }

    /**
     * The audits of an audit programme, the earliest start first, when the caller may see one of them: CB staff, an
     * auditor on the team of one of them, a user of the audited organisation; 404 for anyone else and for a programme
     * of which no audit is known here.
     */
    public Uni<List<Audit>> ofProgramme(UUID programmeId) {
        String username = user.username();
        return audits.list("programmeId", Sort.by("startDate").and("id"), programmeId).map(found -> {
            if (found.stream().noneMatch(audit -> maySee(audit, username))) {
                throw new NotFoundProblem("Audit programme " + programmeId + " not found.");
            }
            return found;
        });
    }

    /** Whether the 6-month rule of stage 2 applies to the audit, and whether it was missed; null when it does not apply. */
    public Uni<Stage2Repetition> repetition(Audit audit) {
        return findings.majorNonconformities(audit.id()).map(majors -> Stage2Repetition.of(audit.type(),
                audit.lastDayOnSite(), majors, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).orElse(null));
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
     * not raised, so that team members answer different items at the same time; the shared row lock makes a
     * completion (which needs every item answered) wait for the answers under way.
     */
    public Uni<Audit> openForAnswers(UUID id, String username) {
        return audits.findById(id, LockModeType.PESSIMISTIC_READ).map(audit -> openFor(audit, id, username));
    }

    /** The audit, locked as asked, for a member of its team whatever its status; 404 for anyone else. */
    public Uni<Audit> forTeamMember(UUID id, String username, LockModeType lock) {
        return audits.findById(id, lock).map(audit -> {
            if (audit == null || audit.roleOf(username).isEmpty()) {
                throw notFound(id);
            }
            return audit;
        });
    }

    /**
     * The open audit for one of its team's auditors who records a finding: 404 for anyone off the team, 403
     * auditors-only for a technical expert, 409 audit-not-open once it is completed or cancelled. Its version is raised
     * as by {@link #openForTeamMember}.
     */
    public Uni<Audit> openForAuditor(UUID id, String username) {
        return audits.findById(id, LockModeType.OPTIMISTIC_FORCE_INCREMENT)
                .map(audit -> openFor(requireAuditor(onTeam(audit, id, username), username), id, username));
    }

    /** The audit, locked as asked, for one of its team's auditors whatever its status; 404 off the team, 403 else. */
    public Uni<Audit> forAuditor(UUID id, String username, LockModeType lock) {
        return forTeamMember(id, username, lock).map(audit -> requireAuditor(audit, username));
    }

    /** The audit when the caller is its lead auditor or one of its auditors (see {@link AuditorsOnly}); 403 else. */
    public static Audit requireAuditor(Audit audit, String username) {
        if (audit.roleOf(username).filter(AuditorsOnly::allows).isEmpty()) {
            throw new RuleViolation(AuditRule.AUDITORS_ONLY, "Only the lead auditor and the auditors "
                    + "of audit " + audit.id() + "'s team record findings and accept, return or verify nonconformities; "
                    + "a technical expert supports them.");
        }
        return audit;
    }

    private static Audit onTeam(Audit audit, UUID id, String username) {
        if (audit == null || audit.roleOf(username).isEmpty()) {
            throw notFound(id);
        }
        return audit;
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
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return audits.findById(id, LockModeType.PESSIMISTIC_WRITE).flatMap(audit -> {
            if (audit == null) {
                throw notFound(id);
            }
            return outstanding(audit).flatMap(outstanding -> {
                CompletionPreconditions.check(audit.status(), audit.startDate(), audit.roleOf(lead),
                                request.recommendation(), request.lastDayOnSite(), today, outstanding)
                        .ifPresent(refusal -> {
                            throw refused(audit, refusal, outstanding, today);
                        });
                return findings.countsByGrade(id).flatMap(counts -> findings.nonconformitiesOf(id).flatMap(found -> {
                    audit.complete(request.recommendation(), request.lastDayOnSite(), request.summary(), lead,
                            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                    return outbox.record(completed(audit, counts, outstanding.openMajorNonconformities(), found))
                            .flatMap(eventId -> changeLog.record(lead, ENTITY, id, "completed",
                                    "recommendation " + request.recommendation() + ", findings " + counts))
                            // flushed here so that a concurrent change fails this request and the view shows the new version
                            .flatMap(logged -> audits.flush())
                            .flatMap(flushed -> repetition(audit))
                            .map(repetition -> AuditView.of(audit, repetition));
                }));
            });
        });
    }

    private Uni<Outstanding> outstanding(Audit audit) {
        return checklistItems.ofAudit(audit.id()).flatMap(items ->
                findings.countOpen(audit.id(), FindingGrade.MAJOR_NONCONFORMITY).map(openMajors -> new Outstanding(
                        items.stream().filter(item -> item.answer() == null).count(), openMajors.intValue(),
                        EvidenceCoverage.clausesNotAudited(audit.type(), items.stream()
                                .map(item -> new ClauseAnswer(item.section(), item.clause(), item.answer())).toList()))));
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

    /** @param nonconformities the audit's nonconformities, counted by the site they were recorded at */
    private static AuditCompletedV1 completed(Audit audit, Map<FindingGrade, Integer> counts, int openMajors,
                                              List<Finding> nonconformities) {
        Map<UUID, Integer> bySite = nonconformities.stream().filter(finding -> finding.siteId() != null)
                .collect(Collectors.toMap(Finding::siteId, finding -> 1, Integer::sum));
        int minorsAwaitingAcceptance = (int) nonconformities.stream()
                .filter(finding -> finding.grade() == FindingGrade.MINOR_NONCONFORMITY)
                .filter(finding -> !DecisionReadiness.settled(finding.grade(), finding.nonconformityStatus()))
                .count();
        return new AuditCompletedV1(audit.id(), audit.programmeId(), audit.clientId(), audit.clientName(),
                audit.type(), audit.standards(), audit.scope(), audit.sites(), audit.team(), counts, openMajors,
                audit.lastDayOnSite(), audit.recommendation(), audit.completedAt().toInstant(), audit.coveredSites(),
                bySite, minorsAwaitingAcceptance, nonconformities.stream()
                        .filter(finding -> finding.nonconformityStatus() == NonconformityStatus.AWAITING_RESPONSE
                                || finding.nonconformityStatus() == NonconformityStatus.RETURNED)
                        .map(finding -> new DueNonconformity(finding.id(), finding.grade(), finding.clause(),
                                finding.responseDue()))
                        .toList());
    }

    private static ProblemException refused(Audit audit, Refusal refusal, Outstanding outstanding, LocalDate today) {
        return switch (refusal) {
            case NOT_ON_TEAM -> notFound(audit.id());
            case NOT_LEAD_AUDITOR -> new RuleViolation(AuditRule.LEAD_AUDITOR_ONLY,
                    "Only the lead auditor of the audit team completes the audit.");
            case NOT_OPEN -> notOpen(audit);
            case LAST_DAY_BEFORE_START -> lastDayOnSite(AuditRule.LAST_DAY_ON_SITE_BEFORE_START,
                    "must not be before the audit's start date " + audit.startDate());
            case LAST_DAY_IN_FUTURE -> lastDayOnSite(AuditRule.LAST_DAY_ON_SITE_IN_FUTURE,
                    "must not be after today (" + today + "): an audit is completed after its fieldwork");
            case CHECKLIST_UNANSWERED -> new RuleViolation(AuditRule.CHECKLIST_UNANSWERED,
                    outstanding.unansweredChecklistItems() + " checklist item(s) of audit " + audit.id()
                            + " have no answer; answer each (NOT_APPLICABLE or NOT_AUDITED where it applies) first.");
            case CLAUSES_NOT_AUDITED -> new RuleViolation(AuditRule.CLAUSES_NOT_AUDITED,
                    "A " + Words.of(audit.type()) + " audit audits every requirement of clauses 4 to 10 of ISO/IEC "
                            + "20000-1:2018, which allows no exclusions there; audit " + audit.id() + " did not audit "
                            + String.join(", ", outstanding.clausesNotAudited())
                            + ". Audit each (answer CONFORMING or NONCONFORMING), then complete.",
                    outstanding.clausesNotAudited().stream().map(clause -> new Problem.Violation("clause " + clause,
                            "answered NOT_APPLICABLE or NOT_AUDITED; this audit must audit it")).toList());
            case CERTIFY_WITH_OPEN_MAJOR_NONCONFORMITY -> new RuleViolation(AuditRule.CERTIFY_WITH_OPEN_MAJOR_NONCONFORMITY,
                    outstanding.openMajorNonconformities() + " major nonconformity(ies) of audit "
                            + audit.id() + " are open; recommend CERTIFY_AFTER_NONCONFORMITY_CLOSURE instead.");
        };
    }

    private static RuleViolation lastDayOnSite(AuditRule rule, String message) {
        return new RuleViolation(rule, "lastDayOnSite: " + message,
                List.of(new Problem.Violation("lastDayOnSite", message)));
    }

    public static NotFoundProblem notFound(UUID id) {
        return new NotFoundProblem("Audit " + id + " not found.");
    }

    public static RuleViolation notOpen(Audit audit) {
        return new RuleViolation(AuditRule.AUDIT_NOT_OPEN,
                "Audit " + audit.id() + " is " + audit.status() + "; only a scheduled or in-progress audit takes changes.");
    }

    private static String describe(AuditScheduledV1 event) {
        String lead = event.team().stream().filter(member -> member.role() == TeamRole.LEAD_AUDITOR)
                .map(TeamMember::username).findFirst().orElse("none");
        return event.type() + " of " + event.clientName() + " from " + event.startDate() + ", lead auditor " + lead;
    }
}
