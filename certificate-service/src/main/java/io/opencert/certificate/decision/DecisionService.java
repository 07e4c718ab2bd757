package io.opencert.certificate.decision;

import io.opencert.certificate.QueryFilter;
import io.opencert.certificate.certificate.CertificateService;
import io.opencert.certificate.certificate.NewCertificate;
import io.opencert.certificate.certificate.Renewal;
import io.opencert.certificate.certificate.ScopedSite;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.decision.dto.GrantResult;
import io.opencert.certificate.rules.DecisionRules;
import io.opencert.certificate.rules.SiteScopes;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.audit.NonconformitiesClosedV1;
import io.opencert.events.model.Standard;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class DecisionService {
    private static final Logger LOG = Logger.getLogger(DecisionService.class);
    private static final String ENTITY = "CertificationDecision";
    private static final String SITE_SCOPES = "siteScopes";

    private final CertificateService certificates;
    private final ChangeLog changeLog;
    private final Clock clock;

    DecisionService(CertificateService certificates, ChangeLog changeLog, Clock clock) {
        this.certificates = certificates;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Opens a decision on an audit whose outcome needs one (certification, continuation or renewal). Runs inside the
     * consumer's inbox transaction; a second report on the same audit opens nothing new.
     */
    public Uni<Void> openFor(AuditCompletedV1 audit) {
        DecisionKind kind = DecisionRules.kindOf(audit.type()).orElse(null);
        if (kind == null) {
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
            Decision decision = Decision.openFor(audit, kind, clock.instant());
            return decision.persist()
                    .flatMap(ignored -> changeLog.record(CertificateService.SYSTEM, ENTITY, decision.id, "opened",
                            audit.type() + " audit " + audit.auditId() + " of " + audit.clientName()
                                    + " completed; recommendation " + audit.recommendation() + ", "
                                    + audit.openMajorNonconformities() + " open major nonconformity(ies)"));
        });
    }

    /**
     * audit-service verified the last open nonconformity of the audit: the decision waiting for it is ready. Runs in
     * the consumer's inbox transaction; a second report changes nothing.
     */
    public Uni<Void> nonconformitiesClosed(NonconformitiesClosedV1 closed) {
        return Decision.<Decision>find("auditId", closed.auditId()).firstResult().flatMap(decision -> {
            if (decision == null) {
                LOG.infof("nonconformities of audit %s closed; no decision waits for them", closed.auditId());
                return Uni.createFrom().voidItem();
            }
            if (decision.nonconformitiesClosedOn != null) {
                return Uni.createFrom().voidItem();
            }
            int wereOpen = decision.openMajorNonconformities;
            decision.openMajorNonconformities = 0;
            decision.nonconformitiesClosedOn = closed.closedOn();
            return changeLog.record(CertificateService.SYSTEM, ENTITY, decision.id, "nonconformities-closed",
                    closed.verifiedNonconformities() + " nonconformity(ies) verified on " + closed.closedOn()
                            + " (" + wereOpen + " major open before); ready for decision: " + decision.readyForDecision());
        });
    }

    @WithSession
    public Uni<Page<DecisionView>> list(DecisionStatus status, UUID clientId, UUID auditId, PageRequest page) {
        QueryFilter filter = new QueryFilter().equal("status", status).equal("clientId", clientId)
                .equal("auditId", auditId);
        return Page.of(Decision.<Decision>find(filter.query(), Sort.ascending("openedAt").and("id"), filter.parameters()),
                        page, Function.identity())
                .flatMap(decisions -> views(decisions.items()).map(views ->
                        new Page<>(decisions.page(), decisions.size(), decisions.total(), views)));
    }

    @WithSession
    public Uni<DecisionView> get(UUID id) {
        return find(id).flatMap(decision -> views(List.of(decision))).map(List::getFirst);
    }

    /**
     * Grants: issues the certificate (certification), renews it (renewal) or continues it (continuation), and records
     * who decided, when and why, all in one transaction. Refused when the decision-maker was on the audit team, while
     * a major nonconformity is open, or when the decision was already made.
     */
    @WithTransaction
    public Uni<GrantResult> grant(UUID id, String decisionMaker, String rationale, Map<UUID, String> siteScopes) {
        return find(id).flatMap(decision -> {
            requirePending(decision);
            DecisionRules.requireMayGrant(decisionMaker, decision.audit.team(), decision.openMajorNonconformities);
            Instant now = clock.instant();
            return certificateOf(decision, now, decisionMaker, siteScopes).flatMap(certificate -> {
                DecisionStep step = decision.decide(DecisionStatus.GRANTED, decisionMaker, now, rationale.strip(),
                        certificate.id());
                return step.persist()
                        .flatMap(ignored -> changeLog.record(decisionMaker, ENTITY, decision.id, "granted",
                                granted(decision.kind, certificate) + "; rationale: " + decision.rationale))
                        .call(Panache::flush)
                        .flatMap(ignored -> views(List.of(decision)))
                        .map(views -> new GrantResult(views.getFirst(), certificate));
            });
        });
    }

    /** Refuses certification (or its continuation or renewal) with a written rationale. */
    @WithTransaction
    public Uni<DecisionView> refuse(UUID id, String decisionMaker, String rationale) {
        return step(id, DecisionStatus.REFUSED, "refused", decisionMaker, rationale);
    }

    /** Asks for more information before deciding; the decision stays to be decided. */
    @WithTransaction
    public Uni<DecisionView> requestInformation(UUID id, String decisionMaker, String rationale) {
        return step(id, DecisionStatus.INFORMATION_REQUESTED, "information-requested", decisionMaker, rationale);
    }

    private Uni<DecisionView> step(UUID id, DecisionStatus outcome, String action, String decisionMaker, String rationale) {
        return find(id).flatMap(decision -> {
            requirePending(decision);
            DecisionRules.requireIndependent(decisionMaker, decision.audit.team());
            DecisionStep step = decision.decide(outcome, decisionMaker, clock.instant(), rationale.strip(), null);
            return step.persist()
                    .flatMap(ignored -> changeLog.record(decisionMaker, ENTITY, decision.id, action, decision.rationale))
                    .call(Panache::flush)
                    .flatMap(ignored -> views(List.of(decision)))
                    .map(List::getFirst);
        });
    }

    /** The certificate the grant issues, renews or continues; the audited sites get the scopes the grant gives them. */
    private Uni<CertificateView> certificateOf(Decision decision, Instant now, String decisionMaker,
                                               Map<UUID, String> siteScopes) {
        AuditCompletedV1 audit = decision.audit;
        LocalDate decisionDate = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Standard standard = DecisionRules.standardToCertify(audit.type(), audit.standards());
        return switch (decision.kind) {
            case CERTIFICATION -> certificates.issue(new NewCertificate(decision.id, decisionDate, audit.auditId(),
                    audit.programmeId(), audit.clientId(), audit.clientName(), standard, audit.scope(),
                    SiteScopes.assign(audit.sites(), siteScopes, SITE_SCOPES)), decisionMaker);
            case RENEWAL -> {
                List<ScopedSite> sites = SiteScopes.assign(audit.sites(), siteScopes, SITE_SCOPES);
                yield certificates.currentOf(audit.clientId(), standard)
                        .flatMap(current -> certificates.renew(current.id(), new Renewal(decision.id, decisionDate,
                                audit.auditId(), audit.programmeId(), audit.clientName(), audit.scope(), sites),
                                decisionMaker));
            }
            case CONTINUATION -> {
                if (siteScopes != null && !siteScopes.isEmpty()) {
                    throw new InvalidInput(SITE_SCOPES, "a continuation changes no certificate; sites get their "
                            + "scopes on certification or renewal");
                }
                yield certificates.currentOf(audit.clientId(), standard)
                        .flatMap(current -> certificates.continueCertification(current.id(), decisionMaker));
            }
        };
    }

    private static String granted(DecisionKind kind, CertificateView certificate) {
        return switch (kind) {
            case CERTIFICATION -> "certificate " + certificate.number() + " issued";
            case RENEWAL -> "certificate " + certificate.number() + " renewed, revision " + certificate.revision()
                    + ", valid until " + certificate.expiryDate();
            case CONTINUATION -> "certification continued, certificate " + certificate.number();
        };
    }

    private static void requirePending(Decision decision) {
        if (!decision.status.pending()) {
            throw new RuleViolation("decision-not-open", "Decision already made",
                    "This certification decision is " + decision.status + " since " + decision.decidedAt
                            + " (by " + decision.decidedBy + "); only a decision still to be made can be decided.");
        }
    }

    private static Uni<Decision> find(UUID id) {
        return Decision.<Decision>findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundProblem("Certification decision " + id + " not found."));
    }

    /** The decisions with their steps, in one query for the steps of all. */
    private static Uni<List<DecisionView>> views(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return DecisionStep.<DecisionStep>list("decisionId in ?1 order by decidedAt, id",
                        decisions.stream().map(decision -> decision.id).toList())
                .map(steps -> steps.stream().collect(Collectors.groupingBy(step -> step.decisionId)))
                .map(steps -> decisions.stream().map(decision -> view(decision, steps)).toList());
    }

    private static DecisionView view(Decision decision, Map<UUID, List<DecisionStep>> steps) {
        AuditCompletedV1 audit = decision.audit;
        return new DecisionView(decision.id, decision.kind, decision.status, decision.version, decision.auditId,
                audit.programmeId(), audit.type(), decision.clientId, audit.clientName(), audit.standards(),
                audit.scope(), audit.sites(), audit.team(), audit.findingCounts(), decision.openMajorNonconformities,
                decision.nonconformitiesClosedOn, decision.readyForDecision(), audit.lastDayOnSite(),
                audit.recommendation(), audit.completedAt(), decision.openedAt, decision.decidedBy,
                decision.decidedAt, decision.decisionDate, decision.rationale, decision.certificateId,
                steps.getOrDefault(decision.id, List.of()).stream()
                        .map(step -> new DecisionView.Step(step.outcome, step.decidedBy, step.decidedAt, step.rationale))
                        .toList());
    }
}
