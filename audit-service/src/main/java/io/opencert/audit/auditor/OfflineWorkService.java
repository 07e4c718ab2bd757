package io.opencert.audit.auditor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencert.audit.Sha256;
import io.opencert.audit.attachment.AttachmentRepository;
import io.opencert.audit.attachment.dto.AttachmentView;
import io.opencert.audit.audit.Audit;
import io.opencert.audit.audit.AuditService;
import io.opencert.audit.audit.dto.AuditView;
import io.opencert.audit.auditor.dto.AuditBundle;
import io.opencert.audit.auditor.dto.SyncBatch;
import io.opencert.audit.auditor.dto.SyncBatch.AnswerUpload;
import io.opencert.audit.auditor.dto.SyncBatch.FindingUpload;
import io.opencert.audit.auditor.dto.SyncResult;
import io.opencert.audit.auditor.dto.SyncResult.AnswerResult;
import io.opencert.audit.auditor.dto.SyncResult.FindingResult;
import io.opencert.audit.auditor.dto.SyncResult.Outcome;
import io.opencert.audit.checklist.ChecklistItem;
import io.opencert.audit.checklist.ChecklistItemRepository;
import io.opencert.audit.checklist.ChecklistService;
import io.opencert.audit.checklist.dto.ChecklistItemView;
import io.opencert.audit.finding.Finding;
import io.opencert.audit.finding.FindingRepository;
import io.opencert.audit.finding.FindingService;
import io.opencert.audit.finding.dto.FindingView;
import io.opencert.audit.plan.AuditPlanService;
import io.opencert.audit.rules.AuditRule;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.commons.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The auditor's offline work: the bundle to take along, and the batch of what was captured without a network. */
@ApplicationScoped
public class OfflineWorkService {
    private final AuditService audits;
    private final ChecklistItemRepository checklistItems;
    private final FindingRepository findings;
    private final FindingService findingService;
    private final AttachmentRepository attachments;
    private final AuditPlanService plans;
    private final SyncBatchRepository batches;
    private final CurrentUser user;
    private final ChangeLog changeLog;
    private final ObjectMapper json;
    private final Clock clock;

    OfflineWorkService(AuditService audits, ChecklistItemRepository checklistItems, FindingRepository findings,
                       FindingService findingService, AttachmentRepository attachments, AuditPlanService plans,
                       SyncBatchRepository batches,
                       CurrentUser user, ChangeLog changeLog, ObjectMapper json, Clock clock) {
        this.audits = audits;
        this.checklistItems = checklistItems;
        this.findings = findings;
        this.findingService = findingService;
        this.attachments = attachments;
        this.plans = plans;
        this.batches = batches;
        this.user = user;
        this.changeLog = changeLog;
        this.json = json;
        this.clock = clock;
    }

    /** The bundle of an audit for a member of its team; 404 for anyone else. */
    @WithSession
    public Uni<AuditBundle> bundle(UUID auditId) {
        return audits.forTeamMember(auditId, user.username(), LockModeType.NONE).flatMap(audit -> audits.repetition(audit)
                .map(repetition -> AuditView.of(audit, repetition))
                .flatMap(view -> plans.of(auditId).flatMap(plan -> checklistItems.ofAudit(auditId)
                        .flatMap(items -> findings.ofAudit(auditId).list()
                                .flatMap(recorded -> attachments.ofAudit(auditId)
                                        .flatMap(attached -> previousFindings(items)
                                                .map(previous -> new AuditBundle(view, plan,
                                                        items.stream().map(ChecklistItemView::of).toList(),
                                                        recorded.stream().map(FindingView::of).toList(),
                                                        attached.stream().map(AttachmentView::of).toList(),
                                                        previous))))))));
    }

    /**
     * The earlier findings that this audit's checklist follows up, as they stand now (a nonconformity may have been
     * verified since the checklist was generated); nothing else of the client's earlier audits goes onto a phone.
     */
    private Uni<List<FindingView>> previousFindings(List<ChecklistItem> items) {
        List<UUID> followedUp = items.stream().map(ChecklistItem::followsUp).filter(Objects::nonNull).toList();
        if (followedUp.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return findings.list("id in ?1", followedUp).map(followed -> followed.stream()
                .sorted(Comparator.comparing(Finding::recordedAt).thenComparing(Finding::id))
                .map(FindingView::of)
                .toList());
    }

    /**
     * Applies an offline batch of a member of the audit team, or answers a replay as the first time. A batch with
     * bad items is rejected whole, naming each of them; an item changed on the server since the auditor's copy is
     * a conflict that applies nothing of that item.
     */
    @WithTransaction
    public Uni<SyncResult> sync(UUID auditId, SyncBatch batch) {
        String auditor = user.username();
        String hash = Sha256.hex(write(List.of(auditId, batch)).getBytes(StandardCharsets.UTF_8));
        return batches.findById(batch.batchId()).flatMap(stored -> stored != null
                ? audits.forTeamMember(auditId, auditor, LockModeType.NONE).map(audit -> replay(stored, auditId, auditor, hash))
                : audits.openForTeamMember(auditId, auditor).flatMap(audit -> apply(
                        batch.findingsOrNone().isEmpty() ? audit : AuditService.requireAuditor(audit, auditor),
                        batch, auditor, hash)));
    }

    private SyncResult replay(SyncBatchRecord stored, UUID auditId, String auditor, String hash) {
        if (!stored.replayedBy(auditId, auditor, hash)) {
            throw new RuleViolation(AuditRule.SYNC_BATCH_ID_REUSED,
                    "An earlier batch had this batchId with other content; give every new batch a new id.");
        }
        try {
            return json.readValue(stored.result(), SyncResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result of batch is unreadable", e);
        }
    }

    private Uni<SyncResult> apply(Audit audit, SyncBatch batch, String auditor, String hash) {
        List<UUID> findingIds = batch.findingsOrNone().stream().map(FindingUpload::id).toList();
        Uni<List<Finding>> known = findingIds.isEmpty()
                ? Uni.createFrom().item(List.of())
                : findings.list("id in ?1", findingIds);
        return checklistItems.ofAudit(audit.id()).flatMap(items -> known.flatMap(existing -> {
            Map<UUID, ChecklistItem> itemsById = items.stream().collect(Collectors.toMap(ChecklistItem::id, Function.identity()));
            Map<UUID, Finding> findingsById = existing.stream().collect(Collectors.toMap(Finding::id, Function.identity()));
            List<Problem.Violation> violations = violations(audit, batch, itemsById, findingsById);
            if (!violations.isEmpty()) {
                throw rejected(violations);
            }
            return new Application(audit, batch, auditor, itemsById, findingsById).run()
                    .flatMap(result -> batches.persist(new SyncBatchRecord(batch.batchId(), audit.id(), auditor, hash,
                                    write(result), now()))
                            .replaceWith(result));
        }));
    }

    private static List<Problem.Violation> violations(Audit audit, SyncBatch batch, Map<UUID, ChecklistItem> items,
                                                      Map<UUID, Finding> existing) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<UUID> seenItems = new HashSet<>();
        List<AnswerUpload> answers = batch.answersOrNone();
        for (int i = 0; i < answers.size(); i++) {
            UUID itemId = answers.get(i).itemId();
            if (!items.containsKey(itemId)) {
                violations.add(new Problem.Violation("answers[" + i + "].itemId", "is not an item of this audit's checklist"));
            } else if (!seenItems.add(itemId)) {
                violations.add(new Problem.Violation("answers[" + i + "].itemId", "appears more than once in the batch"));
            }
        }
        Set<UUID> seenFindings = new HashSet<>();
        List<FindingUpload> uploads = batch.findingsOrNone();
        for (int i = 0; i < uploads.size(); i++) {
            FindingUpload upload = uploads.get(i);
            Finding known = existing.get(upload.id());
            if (!seenFindings.add(upload.id())) {
                violations.add(new Problem.Violation("findings[" + i + "].id", "appears more than once in the batch"));
            } else if (known != null && !known.auditId().equals(audit.id())) {
                violations.add(new Problem.Violation("findings[" + i + "].id", "is the id of a finding of another audit"));
            } else if (known == null && upload.baseVersion() != null) {
                violations.add(new Problem.Violation("findings[" + i + "].baseVersion",
                        "names a version of a finding the server does not have; leave it out for a new finding"));
            }
            if (upload.siteId() != null && !audit.coversSite(upload.siteId())) {
                violations.add(new Problem.Violation("findings[" + i + "].siteId", "is not a site of this audit"));
            }
        }
        return violations;
    }

    private static ProblemException rejected(List<Problem.Violation> violations) {
        String detail = "The batch was rejected whole, nothing of it was applied: " + violations.stream()
                .map(violation -> violation.field() + " " + violation.message()).collect(Collectors.joining("; "));
        return new ProblemException(400, "invalid-input", "Invalid batch", detail, violations);
    }

    /** One batch being applied: each item's outcome, then the results with the versions after the flush. */
    private final class Application {
        private final Audit audit;
        private final SyncBatch batch;
        private final String auditor;
        private final Map<UUID, ChecklistItem> items;
        private final Map<UUID, Finding> findingsById;
        private final OffsetDateTime now = now();
        private final List<Outcome> answerOutcomes = new ArrayList<>();
        private final List<Outcome> findingOutcomes = new ArrayList<>();
        private final List<Finding> recorded = new ArrayList<>();
        private Uni<Void> log = Uni.createFrom().voidItem();

        Application(Audit audit, SyncBatch batch, String auditor, Map<UUID, ChecklistItem> items,
                    Map<UUID, Finding> findingsById) {
            this.audit = audit;
            this.batch = batch;
            this.auditor = auditor;
            this.items = items;
            this.findingsById = findingsById;
        }

        Uni<SyncResult> run() {
            batch.answersOrNone().forEach(upload -> answerOutcomes.add(answer(upload)));
            batch.findingsOrNone().forEach(upload -> findingOutcomes.add(finding(upload)));
            if (!recorded.isEmpty() && audit.startFieldwork()) {
                then(AuditService.ENTITY, audit.id(), "fieldwork-started", "offline batch " + batch.batchId());
            }
            Uni<Void> persisted = recorded.isEmpty() ? Uni.createFrom().voidItem() : findings.persist(recorded);
            return persisted
                    .flatMap(done -> log)
                    // flushed so that the results carry the versions the changes gave the items
                    .flatMap(logged -> findings.flush())
                    .map(flushed -> result());
        }

        private Outcome answer(AnswerUpload upload) {
            ChecklistItem item = items.get(upload.itemId());
            if (item.says(upload.answer(), upload.note())) {
                return Outcome.UNCHANGED;
            }
            if (upload.baseVersion() != item.version()) {
                return Outcome.CONFLICT;
            }
            item.answer(upload.answer(), upload.note(), auditor, now);
            then(ChecklistService.ENTITY, item.id(), upload.answer() == null ? "answer-withdrawn" : "answered",
                    "clause " + item.clause() + " (" + item.section() + ") of audit " + audit.id() + ": "
                            + (upload.answer() == null ? "no answer" : upload.answer()) + ", offline batch " + batch.batchId());
            return Outcome.APPLIED;
        }

        private Outcome finding(FindingUpload upload) {
            Finding known = findingsById.get(upload.id());
            if (known == null) {
                Finding finding = Finding.recorded(upload.id(), audit.id(), upload.grade(), upload.clause(),
                        upload.siteId(), upload.evidence(), auditor, now, findingService.responseDue());
                recorded.add(finding);
                findingsById.put(finding.id(), finding);
                then(FindingService.ENTITY, finding.id(), "recorded", finding.grade() + " against clause "
                        + finding.clause() + " of audit " + audit.id() + ", offline batch " + batch.batchId());
                return Outcome.APPLIED;
            }
            if (known.says(upload.grade(), upload.clause(), upload.siteId(), upload.evidence())) {
                return Outcome.UNCHANGED;
            }
            if (upload.baseVersion() == null || upload.baseVersion() != known.version()) {
                return Outcome.CONFLICT;
            }
            known.revise(upload.grade(), upload.clause(), upload.siteId(), upload.evidence(), findingService.responseDue());
            then(FindingService.ENTITY, known.id(), "revised", known.grade() + " against clause " + known.clause()
                    + ", offline batch " + batch.batchId());
            return Outcome.APPLIED;
        }

        private void then(String entity, UUID id, String action, String details) {
            log = log.call(() -> changeLog.record(auditor, entity, id, action, details));
        }

        private SyncResult result() {
            List<AnswerResult> answers = new ArrayList<>();
            for (int i = 0; i < answerOutcomes.size(); i++) {
                AnswerUpload upload = batch.answersOrNone().get(i);
                ChecklistItem item = items.get(upload.itemId());
                boolean conflict = answerOutcomes.get(i) == Outcome.CONFLICT;
                answers.add(new AnswerResult(item.id(), answerOutcomes.get(i), item.version(),
                        conflict ? upload : null, conflict ? ChecklistItemView.of(item) : null));
            }
            List<FindingResult> results = new ArrayList<>();
            for (int i = 0; i < findingOutcomes.size(); i++) {
                FindingUpload upload = batch.findingsOrNone().get(i);
                Finding finding = findingsById.get(upload.id());
                boolean conflict = findingOutcomes.get(i) == Outcome.CONFLICT;
                results.add(new FindingResult(finding.id(), findingOutcomes.get(i), finding.version(),
                        conflict ? upload : null, conflict ? FindingView.of(finding) : null));
            }
            int conflicts = (int) (answerOutcomes.stream().filter(Outcome.CONFLICT::equals).count()
                    + findingOutcomes.stream().filter(Outcome.CONFLICT::equals).count());
            return new SyncResult(batch.batchId(), audit.id(), answers, results, conflicts);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
