package io.opencert.certificate.decision;

import io.opencert.certificate.QueryFilter;
import io.opencert.certificate.certificate.CertificateService;
import io.opencert.certificate.certificate.NewCertificate;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.decision.dto.GrantResult;
import io.opencert.certificate.rules.DecisionRules;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.audit.AuditCompletedV1;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

@ApplicationScoped
public class DecisionService {
    private static final Logger LOG = Logger.getLogger(DecisionService.class);
    private static final String ENTITY = "CertificationDecision";
    /** The actor of changes this service makes on its own, on another service's event. */
    private static final String SYSTEM = "certificate-service";

    private final CertificateService certificates;
    private final ChangeLog changeLog;
    private final Clock clock;

    DecisionService(CertificateService certificates, ChangeLog changeLog, Clock clock) {
        this.certificates = certificates;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Opens a decision on an audit whose outcome needs one (stage 2, recertification, special, cloud extension).
     * Runs inside the consumer's inbox transaction; a second report on the same audit opens nothing new.
     */
    public Uni<Void> openFor(AuditCompletedV1 audit) {
        if (!audit.type().leadsToCertificationDecision()) {
            return Uni.createFrom().voidItem();
        }
        if (audit.standards() == null || audit.standards().isEmpty()) {
            // Fails the event so that it lands on the dead-letter topic, where someone will look at it.
            return Uni.createFrom().failure(new IllegalArgumentException(
                    "audit " + audit.auditId() + " names no standard to certify against"));
        }
        return Decision.count("auditId", audit.auditId()).flatMap(existing -> {
            if (existing > 0) {
                LOG.infof("a certification decision on audit %s exists already; report ignored", audit.auditId());
                return Uni.createFrom().voidItem();
            }
            Decision decision = Decision.openFor(audit, clock.instant());
            return decision.persist()
                    .flatMap(ignored -> changeLog.record(SYSTEM, ENTITY, decision.id, "opened",
                            audit.type() + " audit " + audit.auditId() + " of " + audit.clientName()
                                    + " completed; recommendation " + audit.recommendation() + ", "
                                    + audit.openMajorNonconformities() + " open major nonconformity(ies)"));
        });
    }

    @WithSession
    public Uni<Page<DecisionView>> list(DecisionStatus status, UUID clientId, UUID auditId, PageRequest page) {
        QueryFilter filter = new QueryFilter().equal("status", status).equal("clientId", clientId)
                .equal("auditId", auditId);
        return Page.of(Decision.find(filter.query(), Sort.ascending("openedAt").and("id"), filter.parameters()),
                page, DecisionService::view);
    }

    @WithSession
    public Uni<DecisionView> get(UUID id) {
        return find(id).map(DecisionService::view);
    }

    /**
     * Grants certification: records who decided, when and why, and issues the certificate, all in one transaction.
     * Refused when the decision-maker was on the audit team, while a major nonconformity is open, or when the
     * decision was already made.
     */
    @WithTransaction
    public Uni<GrantResult> grant(UUID id, String decisionMaker, String rationale) {
        return find(id).flatMap(decision -> {
            if (decision.status != DecisionStatus.OPEN) {
                throw new RuleViolation("decision-not-open", "Decision already made",
                        "This certification decision is " + decision.status + " since " + decision.decidedAt
                                + " (by " + decision.decidedBy + "); only an OPEN decision can be granted.");
            }
            DecisionRules.requireMayGrant(decisionMaker, decision.audit.team(), decision.openMajorNonconformities);
            Instant now = clock.instant();
            LocalDate decisionDate = LocalDate.ofInstant(now, ZoneOffset.UTC);
            AuditCompletedV1 audit = decision.audit;
            NewCertificate certificate = new NewCertificate(decision.id, decisionDate, audit.auditId(),
                    audit.programmeId(), audit.clientId(), audit.clientName(), audit.standards().getFirst(),
                    audit.scope(), audit.sites());
            return certificates.issue(certificate, decisionMaker).flatMap(issued -> {
                decision.grant(decisionMaker, now, decisionDate, rationale.strip(), issued.id());
                return changeLog.record(decisionMaker, ENTITY, decision.id, "granted",
                                "certificate " + issued.number() + " issued; rationale: " + decision.rationale)
                        .call(Panache::flush)
                        .map(ignored -> new GrantResult(view(decision), issued));
            });
        });
    }

    private static Uni<Decision> find(UUID id) {
        return Decision.<Decision>findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundProblem("Certification decision " + id + " not found."));
    }

    private static DecisionView view(Decision decision) {
        AuditCompletedV1 audit = decision.audit;
        return new DecisionView(decision.id, decision.status, decision.version, decision.auditId, audit.programmeId(),
                audit.type(), decision.clientId, audit.clientName(), audit.standards(), audit.scope(), audit.sites(),
                audit.team(), audit.findingCounts(), decision.openMajorNonconformities, audit.lastDayOnSite(),
                audit.recommendation(), audit.completedAt(), decision.openedAt, decision.decidedBy,
                decision.decidedAt, decision.decisionDate, decision.rationale, decision.certificateId);
    }
}
