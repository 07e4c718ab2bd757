package io.opencert.audit.checklist;

import io.opencert.audit.audit.AuditService;
import io.opencert.audit.checklist.dto.AnswerRequest;
import io.opencert.audit.checklist.dto.ChecklistItemView;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ChecklistService {
    public static final String ENTITY = "ChecklistItem";

    private final ChecklistItemRepository items;
    private final AuditService audits;
    private final CurrentUser user;
    private final ChangeLog changeLog;
    private final Clock clock;

    ChecklistService(ChecklistItemRepository items, AuditService audits, CurrentUser user, ChangeLog changeLog,
                     Clock clock) {
        this.items = items;
        this.audits = audits;
        this.user = user;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** The audit's checklist in working order, for whoever may see the audit. */
    @WithSession
    public Uni<List<ChecklistItemView>> list(UUID auditId) {
        return audits.visible(auditId)
                .flatMap(audit -> items.ofAudit(auditId))
                .map(found -> found.stream().map(ChecklistItemView::of)
                        .map(item -> user.isClientUser() ? item.forClientUser() : item).toList());
    }

    /** A member of the audit team answers an item of its checklist while the audit is open. */
    @WithTransaction
    public Uni<ChecklistItemView> answer(UUID auditId, UUID itemId, AnswerRequest request) {
        String auditor = user.username();
        return audits.openForAnswers(auditId, auditor)
                .flatMap(audit -> items.ofAudit(auditId, itemId))
                .flatMap(item -> {
                    if (item == null) {
                        throw new NotFoundProblem("Checklist item " + itemId + " not found.");
                    }
                    if (request.version() != null && request.version() != item.version()) {
                        throw new OptimisticLockException("checklist item " + itemId + " is at version "
                                + item.version() + ", not " + request.version());
                    }
                    item.answer(request.answer(), request.note(), auditor,
                            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                    return changeLog.record(auditor, ENTITY, itemId, request.answer() == null ? "answer-withdrawn" : "answered",
                                    "clause " + item.clause() + " (" + item.section() + ") of audit " + auditId + ": "
                                            + (request.answer() == null ? "no answer" : request.answer()))
                            // flushed here so that a concurrent answer fails this request (409) and the view shows the new version
                            .flatMap(logged -> items.flush())
                            .map(flushed -> ChecklistItemView.of(item));
                });
    }
}
