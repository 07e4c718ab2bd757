package io.opencert.audit.finding;

import io.opencert.audit.audit.Audit;
import io.opencert.audit.audit.AuditService;
import io.opencert.audit.finding.dto.FindingRequest;
import io.opencert.audit.finding.dto.FindingView;
import io.opencert.audit.nonconformity.MajorCorrectionDeadline;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

@ApplicationScoped
public class FindingService {
    public static final String ENTITY = "Finding";

    private final FindingRepository findings;
    private final AuditService audits;
    private final CurrentUser user;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final int responseDays;
    private final MajorCorrectionDeadline deadlines;

    FindingService(FindingRepository findings, AuditService audits, CurrentUser user, ChangeLog changeLog, Clock clock,
                   @ConfigProperty(name = "cb.nonconformity.response-days") int responseDays,
                   MajorCorrectionDeadline deadlines) {
        this.findings = findings;
        this.audits = audits;
        this.user = user;
        this.changeLog = changeLog;
        this.clock = clock;
        this.responseDays = responseDays;
        this.deadlines = deadlines;
    }

    /** When the client's answer to a nonconformity recorded today is due. */
    public LocalDate responseDue() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(responseDays);
    }

    /** An auditor of the audit team records a finding; the first one starts the fieldwork. */
    @WithTransaction
    public Uni<FindingView> record(UUID auditId, FindingRequest request) {
        String auditor = user.username();
        return audits.openForAuditor(auditId, auditor).flatMap(audit -> {
            if (request.siteId() != null && !audit.coversSite(request.siteId())) {
                throw new InvalidInput("siteId", "is not a site of this audit");
            }
            Finding finding = Finding.recorded(UUID.randomUUID(), auditId, request.grade(), request.clause(),
                    request.siteId(), request.evidence(), auditor, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                    responseDue());
            Uni<Void> fieldwork = audit.startFieldwork()
                    ? changeLog.record(auditor, AuditService.ENTITY, auditId, "fieldwork-started", "first finding " + finding.id())
                    : Uni.createFrom().voidItem();
            return fieldwork
                    .flatMap(started -> findings.persist(finding))
                    .flatMap(persisted -> changeLog.record(auditor, ENTITY, finding.id(), "recorded",
                            finding.grade() + " against clause " + finding.clause() + " of audit " + auditId))
                    .map(logged -> FindingView.of(finding));
        });
    }

    @WithSession
    public Uni<FindingView> get(UUID auditId, UUID findingId) {
        return audits.visible(auditId)
                .flatMap(audit -> findings.find("id = ?1 and auditId = ?2", findingId, auditId).<Finding>firstResult()
                        .map(finding -> {
                            if (finding == null) {
                                throw new NotFoundProblem("Finding " + findingId + " not found.");
                            }
                            return view(audit, finding);
                        }));
    }

    /** The findings of an audit, in the order they were recorded, for whoever may see the audit. */
    @WithSession
    public Uni<Page<FindingView>> list(UUID auditId, PageRequest page) {
        return audits.visible(auditId).flatMap(audit -> Page.of(findings.ofAudit(auditId), page,
                finding -> view(audit, finding)));
    }

    /** The finding; a major nonconformity of a completed surveillance or recertification shows its deadline. */
    private FindingView view(Audit audit, Finding finding) {
        return FindingView.of(finding,
                deadlines.deadline(audit.type(), finding.grade(), audit.lastDayOnSite()).orElse(null));
    }
}
