package io.opencert.certificate.decision;

import io.opencert.certificate.QueryFilter;
import io.opencert.certificate.certificate.CertificateService;
import io.opencert.certificate.certificate.NewCertificate;
import io.opencert.certificate.certificate.Renewal;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.decision.dto.GrantResult;
import io.opencert.certificate.rules.CertificateTransfer;
import io.opencert.certificate.rules.CertificateValidity;
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
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TransferredCertificate;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
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
     * Opens the decisions an audit's outcome needs (certification, continuation or renewal; a surveillance that also
     * audited the cloud services of a client without a live cloud certificate also needs the cloud's certification).
     * Runs inside the consumer's inbox transaction; a second report on the same audit opens nothing new.
     */
    public Uni<Void> openFor(AuditCompletedV1 audit) {
        if (DecisionRules.kindOf(audit.type()).isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (audit.standards() == null || audit.standards().isEmpty()) {
            // Fails the event so that it lands on the dead-letter topic, where someone will look at it.
            return Uni.createFrom().failure(new IllegalArgumentException(
                    "audit " + audit.auditId() + " names no standard to certify against"));
        }
        return Decision.count("auditId", audit.auditId()).flatMap(existing -> {
            if (existing > 0) {
                LOG.infof("certification decisions on audit %s exist already; report ignored", audit.auditId());
                return Uni.createFrom().voidItem();
            }
            return holdsLiveCloud(audit)
                    .map(holds -> DecisionRules.kindsOf(audit.type(), audit.standards(), holds))
                    .flatMap(kinds -> Multi.createFrom().iterable(kinds)
                            .onItem().transformToUniAndConcatenate(kind -> {
                                Decision decision = Decision.openFor(audit, kind, clock.instant());
                                return open(decision, audit.type() + " audit " + audit.auditId() + " of "
                                        + audit.clientName() + " completed; recommendation " + audit.recommendation()
                                        + ", " + audit.openMajorNonconformities() + " open major nonconformity(ies); "
                                        + kind + " decision on " + decision.standard().title());
                            })
                            .collect().asList())
                    .replaceWithVoid();
        });
    }

    /**
     * Opens the decision on a certificate transferred from another body, which takes the place of an initial audit; a
     * contract without a transfer needs no decision. Runs inside the consumer's inbox transaction; the same contract
     * sent again opens nothing new.
     */
    public Uni<Void> openForTransfer(ContractSignedV1 contract) {
        TransferredCertificate transferred = contract.transfer();
        if (transferred == null) {
            return Uni.createFrom().voidItem();
        }
        if (CertificateTransfer.standardOf(contract.standards()).isEmpty()) {
            // Fails the event so that it lands on the dead-letter topic, where someone will look at it.
            return Uni.createFrom().failure(new IllegalArgumentException(
                    "contract " + contract.contractId() + " transfers a certificate but names no ISO/IEC 20000-1 edition"));
        }
        return Decision.count("contractId", contract.contractId()).flatMap(existing -> {
            if (existing > 0) {
                LOG.infof("the decision on the transfer of contract %s exists already; contract ignored",
                        contract.contractId());
                return Uni.createFrom().voidItem();
            }
            return open(Decision.openForTransfer(contract, clock.instant()), "transfer of certificate "
                    + transferred.certificateNumber() + " of " + transferred.issuingBody() + " (valid until "
                    + transferred.expiryDate() + ", " + transferred.openNonconformities()
                    + " open nonconformity(ies)) to " + contract.clientName() + ", contract " + contract.contractId());
        });
    }

    private Uni<Void> open(Decision decision, String details) {
        return decision.persist()
                .flatMap(ignored -> changeLog.record(CertificateService.SYSTEM, ENTITY, decision.id, "opened", details));
    }

    /** Only a surveillance that audited the cloud services asks whether the client holds a cloud certificate. */
    private Uni<Boolean> holdsLiveCloud(AuditCompletedV1 audit) {
        if (audit.type() != AuditType.SURVEILLANCE || !audit.standards().contains(Standard.ISO_IEC_TR_20000_9_2015)) {
            return Uni.createFrom().item(false);
        }
        return certificates.holdsLive(audit.clientId(), Standard.ISO_IEC_TR_20000_9_2015);
    }

    /**
     * audit-service verified the last open nonconformity of the audit: the decisions waiting for it are ready. Runs in
     * the consumer's inbox transaction; a second report changes nothing.
     */
    public Uni<Void> nonconformitiesClosed(NonconformitiesClosedV1 closed) {
        return Decision.<Decision>list("auditId", closed.auditId()).flatMap(found -> {
            if (found.isEmpty()) {
                LOG.infof("nonconformities of audit %s closed; no decision waits for them", closed.auditId());
            }
            return Multi.createFrom().iterable(found)
                    .filter(decision -> decision.nonconformitiesClosedOn == null)
                    .onItem().transformToUniAndConcatenate(decision -> {
                        int wereOpen = decision.openMajorNonconformities;
                        decision.openMajorNonconformities = 0;
                        decision.nonconformitiesClosedOn = closed.closedOn();
                        return changeLog.record(CertificateService.SYSTEM, ENTITY, decision.id, "nonconformities-closed",
                                closed.verifiedNonconformities() + " nonconformity(ies) verified on " + closed.closedOn()
                                        + " (" + wereOpen + " major open before); ready for decision: "
                                        + decision.readyForDecision());
                    })
                    .collect().asList()
                    .replaceWithVoid();
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
     * Grants: issues the certificate (certification, transfer), renews it (renewal) or continues it (continuation),
     * and records who decided, when and why, all in one transaction. Refused when the decision-maker was on the audit
     * team, while a major nonconformity is open, when the decision was already made, or when a transferred
     * certificate is no longer valid.
     */
    @WithTransaction
    public Uni<GrantResult> grant(UUID id, String decisionMaker, String rationale, Map<UUID, String> siteScopes) {
        return find(id).flatMap(decision -> {
            requirePending(decision);
            DecisionRules.requireMayGrant(decisionMaker, decision.team(), decision.openMajorNonconformities);
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
            DecisionRules.requireIndependent(decisionMaker, decision.team());
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
        LocalDate decisionDate = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Standard standard = decision.standard();
        AuditCompletedV1 audit = decision.audit; // none for a transfer
        return switch (decision.kind) {
            case TRANSFER -> {
                ContractSignedV1 contract = decision.contract;
                TransferredCertificate transferred = contract.transfer();
                CertificateTransfer.requireValid(transferred, decisionDate);
                yield certificates.holdsLive(contract.clientId(), standard).flatMap(live -> {
                    CertificateTransfer.requireNotCertifiedHere(live, standard, transferred);
                    // no audit and no programme yet: the client's first audit here brings the programme
                    return certificates.issue(new NewCertificate(decision.id, decisionDate, null, null,
                            contract.clientId(), contract.clientName(), standard, contract.scope(),
                            SiteScopes.assign(contract.sites(), siteScopes, SITE_SCOPES),
                            CertificateTransfer.expiryDate(transferred)), decisionMaker);
                });
            }
            case CERTIFICATION -> certificates.issue(new NewCertificate(decision.id, decisionDate, audit.auditId(),
                    audit.programmeId(), audit.clientId(), audit.clientName(), standard, audit.scope(),
                    SiteScopes.assign(audit.sites(), siteScopes, SITE_SCOPES),
                    CertificateValidity.expiryDate(decisionDate)), decisionMaker);
            case RENEWAL -> {
                Renewal renewal = new Renewal(decision.id, decisionDate, audit.auditId(), audit.programmeId(),
                        audit.clientName(), audit.scope(), SiteScopes.assign(audit.sites(), siteScopes, SITE_SCOPES));
                Uni<CertificateView> renewed = certificates.currentOf(audit.clientId(), standard)
                        .flatMap(current -> certificates.renew(current.id(), renewal, decisionMaker));
                // the recertification audited the cloud services too: the cloud certificate starts the new cycle
                // with its base, which is renewed (and written) first
                yield audit.standards().contains(Standard.ISO_IEC_TR_20000_9_2015)
                        ? renewed.call(Panache::flush).call(() -> certificates.renewRenewable(audit.clientId(),
                                Standard.ISO_IEC_TR_20000_9_2015, renewal, decisionMaker))
                        : renewed;
            }
            case CONTINUATION -> {
                if (siteScopes != null && !siteScopes.isEmpty()) {
                    throw new InvalidInput(SITE_SCOPES, "a continuation changes no certificate; sites get their "
                            + "scopes on certification or renewal");
                }
                Uni<CertificateView> continued = certificates.currentOf(audit.clientId(), standard)
                        .flatMap(current -> certificates.continueCertification(current.id(), audit.programmeId(),
                                decisionMaker));
                // the surveillance audited the cloud services too: a live cloud certificate continues with its base
                yield audit.standards().contains(Standard.ISO_IEC_TR_20000_9_2015)
                        ? continued.call(() -> certificates.continueLive(audit.clientId(),
                                Standard.ISO_IEC_TR_20000_9_2015, audit.programmeId(), decisionMaker))
                        : continued;
            }
        };
    }

    private static String granted(DecisionKind kind, CertificateView certificate) {
        return switch (kind) {
            case CERTIFICATION -> "certificate " + certificate.number() + " issued";
            case RENEWAL -> "certificate " + certificate.number() + " renewed, revision " + certificate.revision()
                    + ", valid until " + certificate.expiryDate();
            case CONTINUATION -> "certification continued, certificate " + certificate.number();
            case TRANSFER -> "certificate " + certificate.number() + " issued on transfer, valid until "
                    + certificate.expiryDate();
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
        ContractSignedV1 contract = decision.contract; // instead of an audit, for a transfer
        boolean audited = audit != null;
        return new DecisionView(decision.id, decision.kind, decision.standard(), decision.status, decision.version,
                decision.auditId, decision.contractId, audited ? audit.programmeId() : null,
                audited ? audit.type() : null, decision.clientId,
                audited ? audit.clientName() : contract.clientName(),
                audited ? audit.standards() : contract.standards(), audited ? audit.scope() : contract.scope(),
                audited ? audit.sites() : contract.sites(), decision.team(), audited ? audit.findingCounts() : null,
                decision.openMajorNonconformities, decision.nonconformitiesClosedOn, decision.readyForDecision(),
                audited ? audit.lastDayOnSite() : null, audited ? audit.recommendation() : null,
                audited ? audit.completedAt() : null, audited ? null : contract.transfer(), decision.openedAt,
                decision.decidedBy, decision.decidedAt, decision.decisionDate, decision.rationale,
                decision.certificateId,
                steps.getOrDefault(decision.id, List.of()).stream()
                        .map(step -> new DecisionView.Step(step.outcome, step.decidedBy, step.decidedAt, step.rationale))
                        .toList());
    }
}
