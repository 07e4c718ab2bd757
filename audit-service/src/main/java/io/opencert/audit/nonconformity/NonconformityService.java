package io.opencert.audit.nonconformity;

import io.opencert.audit.audit.Audit;
import io.opencert.audit.audit.AuditService;
import io.opencert.audit.audit.AuditStatus;
import io.opencert.audit.finding.Finding;
import io.opencert.audit.finding.FindingRepository;
import io.opencert.audit.finding.FindingService;
import io.opencert.audit.finding.dto.FindingView;
import io.opencert.audit.nonconformity.NonconformityStatus.Step;
import io.opencert.audit.nonconformity.dto.NonconformityResponse;
import io.opencert.audit.rules.AuditRule;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.commons.security.CurrentUser;
import io.opencert.events.audit.NonconformitiesClosedV1;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The nonconformity workflow: the client's user answers, an auditor of the audit team (not a technical expert)
 * accepts or returns the answer and verifies the correction. Once the last nonconformity of a completed audit that
 * held up its certification decision is settled (majors verified, minors' plans accepted), NonconformitiesClosed is
 * announced: the decision may proceed.
 */
@ApplicationScoped
public class NonconformityService {
    private final FindingRepository findings;
    private final AuditService audits;
    private final CurrentUser user;
    private final ChangeLog changeLog;
    private final Outbox outbox;
    private final Clock clock;
    private final MajorCorrectionDeadline deadlines;

    NonconformityService(FindingRepository findings, AuditService audits, CurrentUser user, ChangeLog changeLog,
                         Outbox outbox, Clock clock, MajorCorrectionDeadline deadlines) {
        this.findings = findings;
        this.audits = audits;
        this.user = user;
        this.changeLog = changeLog;
        this.outbox = outbox;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /**
     * The audit's nonconformities in the order they were recorded, for whoever may see the audit; a major one of a
     * completed surveillance or recertification audit shows the deadline of its verification.
     */
    @WithSession
    public Uni<List<FindingView>> list(UUID auditId) {
        return audits.visible(auditId)
                .flatMap(audit -> findings.list("auditId = ?1 and nonconformityStatus is not null",
                        Sort.by("recordedAt").and("id"), auditId)
                        .map(found -> found.stream().map(finding -> view(audit, finding)).toList()));
    }

    /** The finding with the deadline of its verification, where the rule of {@link MajorCorrectionDeadline} applies. */
    private FindingView view(Audit audit, Finding finding) {
        return FindingView.of(finding,
                deadlines.deadline(audit.type(), finding.grade(), audit.lastDayOnSite()).orElse(null));
    }

    /** The audited organisation's user answers a nonconformity (again, after it was returned). */
    @WithTransaction
    public Uni<FindingView> respond(UUID auditId, UUID findingId, NonconformityResponse response) {
        String client = user.username();
        return audits.visible(auditId).map(NonconformityService::notCancelled)
                .flatMap(audit -> nonconformity(auditId, findingId, Step.RESPOND).flatMap(finding -> {
                    finding.respond(response.correction(), response.rootCause(), response.correctiveAction(), client,
                            now());
                    return logged(audit, finding, client, "nonconformity-answered",
                            "correction, root cause and corrective action");
                }));
    }

    /** An auditor of the audit team accepts the client's answer, or returns it with a note saying what is missing. */
    @WithTransaction
    public Uni<FindingView> review(UUID auditId, UUID findingId, boolean accepted, String note) {
        if (!accepted && (note == null || note.isBlank())) {
            throw new InvalidInput("note", "must say why the answer is returned");
        }
        String auditor = user.username();
        return audits.forAuditor(auditId, auditor, LockModeType.NONE)
                .map(NonconformityService::notCancelled)
                .flatMap(audit -> nonconformity(auditId, findingId, accepted ? Step.ACCEPT : Step.RETURN)
                        .flatMap(finding -> {
                            boolean settledBefore = settled(finding);
                            finding.review(accepted, note, auditor, now());
                            return logged(audit, finding, auditor,
                                    accepted ? "nonconformity-answer-accepted" : "nonconformity-answer-returned",
                                    note == null ? "" : note)
                                    .call(view -> announceWhenSettled(audit, finding, settledBefore, today()));
                        }));
    }

    /**
     * An auditor of the audit team verified the correction. The audit is locked so that of two verifications at the
     * same time exactly one sees itself as the last.
     */
    @WithTransaction
    public Uni<FindingView> verify(UUID auditId, UUID findingId) {
        String auditor = user.username();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return audits.forAuditor(auditId, auditor, LockModeType.PESSIMISTIC_WRITE)
                .map(NonconformityService::notCancelled).flatMap(audit ->
                nonconformity(auditId, findingId, Step.VERIFY).flatMap(finding -> {
                    boolean settledBefore = settled(finding);
                    finding.verify(auditor, today);
                    return logged(audit, finding, auditor, "nonconformity-verified", "verified on " + today)
                            .call(view -> announceWhenSettled(audit, finding, settledBefore, today));
                }));
    }

    private static boolean settled(Finding finding) {
        return DecisionReadiness.settled(finding.grade(), finding.nonconformityStatus());
    }

    /**
     * Announces NonconformitiesClosed when this step settled the last nonconformity of a completed audit that held up
     * its certification decision (see {@link DecisionReadiness}): the verification of a major one, the acceptance of a
     * minor one's plan. Once only: a later verification of an accepted minor one settles nothing new. Not when the
     * 6-month rule of stage 2 was missed: the decision must not proceed on this stage 2, which is repeated.
     */
    private Uni<Void> announceWhenSettled(Audit audit, Finding finding, boolean settledBefore, LocalDate today) {
        if (audit.status() != AuditStatus.COMPLETED || settledBefore || !settled(finding)) {
            return Uni.createFrom().voidItem();
        }
        return findings.nonconformitiesOf(audit.id()).flatMap(all -> {
            if (!DecisionReadiness.allSettled(all.stream()
                    .map(nc -> new DecisionReadiness.Nonconformity(nc.grade(), nc.nonconformityStatus())).toList())) {
                return Uni.createFrom().voidItem();
            }
            return audits.repetition(audit).flatMap(repetition -> {
                if (repetition != null && repetition.required()) {
                    return changeLog.record(user.username(), AuditService.ENTITY, audit.id(), "stage-2-repetition-required",
                            "nonconformities settled on " + today + ", after the 6-month deadline " + repetition.deadline()
                                    + " of stage 2; NonconformitiesClosed is not announced, stage 2 is repeated");
                }
                int verified = (int) all.stream().filter(nc -> nc.nonconformityStatus() == NonconformityStatus.VERIFIED)
                        .count();
                return outbox.record(new NonconformitiesClosedV1(audit.id(), audit.programmeId(), audit.clientId(),
                        audit.type(), verified, today, clock.instant())).replaceWithVoid();
            });
        });
    }

    private Uni<Finding> nonconformity(UUID auditId, UUID findingId, Step step) {
        return findings.find("id = ?1 and auditId = ?2", findingId, auditId).<Finding>firstResult().map(finding -> {
            if (finding == null || !finding.isNonconformity()) {
                throw new NotFoundProblem("Nonconformity " + findingId + " not found.");
            }
            if (finding.after(step).isEmpty()) {
                throw new RuleViolation(AuditRule.NONCONFORMITY_WORKFLOW,
                        "Nonconformity " + findingId + " is " + finding.nonconformityStatus() + "; it cannot be "
                                + switch (step) {
                                    case RESPOND -> "answered (only an open or returned one is)";
                                    case ACCEPT -> "accepted (only an answered one is)";
                                    case RETURN -> "returned (only an answered one is)";
                                    case VERIFY -> "verified (only one with an accepted answer is)";
                                } + ".");
            }
            return finding;
        });
    }

    /** A cancelled audit takes no more work, its nonconformities included. */
    private static Audit notCancelled(Audit audit) {
        if (audit.status() == AuditStatus.CANCELLED) {
            throw AuditService.notOpen(audit);
        }
        return audit;
    }

    private Uni<FindingView> logged(Audit audit, Finding finding, String actor, String action, String details) {
        return changeLog.record(actor, FindingService.ENTITY, finding.id(), action, details)
                // flushed so that the view shows the new version
                .flatMap(done -> findings.flush())
                .map(flushed -> view(audit, finding));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
