package io.opencert.certificate.decision;

import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.certificate.Certificate;
import io.opencert.certificate.certificate.CertificateQueries;
import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.rules.ScopedSite;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.rules.ChangeDecisions;
import io.opencert.certificate.rules.CertificateTransfer;
import io.opencert.certificate.rules.CloudCertification;
import io.opencert.certificate.rules.DecisionRules;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.audit.NonconformitiesClosedV1;
import io.opencert.events.client.ConsultancyRecordedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TransferredCertificate;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Opens decisions: on an audit's outcome and on a transfer (from other services' events), and on a change of a
 * certificate that staff ask for. Nothing changes a certificate until a decision is granted.
 */
@ApplicationScoped
public class DecisionOpening {
    static final String ENTITY = "CertificationDecision";
    private static final Logger LOG = Logger.getLogger(DecisionOpening.class);

    private final CertificateQueries certificates;
    private final ChangeLog changeLog;
    private final Clock clock;

    DecisionOpening(CertificateQueries certificates, ChangeLog changeLog, Clock clock) {
        this.certificates = certificates;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Keeps the team of every completed audit, and opens the decisions an audit's outcome needs (certification,
     * continuation or renewal; a surveillance that also audited the cloud services of a client without a live cloud
     * certificate also needs the cloud's certification). A surveillance or special audit of a holder whose certificate
     * is suspended needs a reinstatement decision instead. Runs inside the consumer's inbox transaction; a second
     * report on the same audit opens nothing new.
     */
    public Uni<Void> openFor(AuditCompletedV1 audit) {
        return CompletedAudit.record(audit).flatMap(recorded -> {
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
                    LOG.infof("decisions on audit %s exist already; report ignored", audit.auditId());
                    return Uni.createFrom().voidItem();
                }
                if (audit.type() == AuditType.SCOPE_EXTENSION) {
                    return openExtension(audit);
                }
                return suspendedBase(audit).flatMap(suspended -> suspended != null
                        ? openReinstatement(audit, suspended)
                        : openOnOutcome(audit));
            });
        });
    }

    private Uni<Void> openOnOutcome(AuditCompletedV1 audit) {
        return holdsLiveCloud(audit)
                .map(holds -> DecisionRules.kindsOf(audit.type(), audit.standards(), holds))
                .flatMap(kinds -> Multi.createFrom().iterable(kinds)
                        .onItem().transformToUniAndConcatenate(kind -> {
                            Decision decision = Decision.openFor(audit, kind, clock.instant());
                            return open(decision, Certificate.SYSTEM, audit.type() + " audit " + audit.auditId() + " of "
                                    + audit.clientName() + " completed; recommendation " + audit.recommendation()
                                    + ", " + audit.openMajorNonconformities() + " open major nonconformity(ies); "
                                    + kind + " decision on " + decision.standard().title());
                        })
                        .collect().asList())
                .replaceWithVoid();
    }

    /** The audit that may lift a suspension was held: whether it does is the reinstatement decision's. */
    private Uni<Void> openReinstatement(AuditCompletedV1 audit, CertificateView suspended) {
        Decision decision = Decision.openForChange(change(DecisionKind.REINSTATEMENT, suspended, null, null, null),
                suspended.id(), audit.clientId(), Certificate.SYSTEM, audit.type() + " audit " + audit.auditId()
                        + " held while certificate " + suspended.number() + " is suspended ("
                        + suspended.suspensionReason() + " until " + suspended.suspendedUntil() + "); recommendation "
                        + audit.recommendation() + ", " + audit.openMajorNonconformities()
                        + " open major nonconformity(ies)", audit, clock.instant());
        return open(decision, Certificate.SYSTEM, decision.reason);
    }

    /**
     * The audit of a scope extension was held: the extension decision names the holder's live certificate and the
     * whole scope and every site the audit covered.
     */
    private Uni<Void> openExtension(AuditCompletedV1 audit) {
        Standard standard = DecisionRules.standardToCertify(DecisionKind.SCOPE_EXTENSION, audit.type(), audit.standards());
        return certificates.liveOf(audit.clientId(), standard).flatMap(live -> {
            if (live == null) {
                // Fails the event so that it lands on the dead-letter topic, where someone will look at it.
                return Uni.createFrom().failure(new IllegalArgumentException("scope extension audit " + audit.auditId()
                        + " of " + audit.clientName() + " has no live " + standard.title() + " certificate to extend"));
            }
            List<ScopedSite> sites = audit.certifiedSites().stream().map(site -> new ScopedSite(site, null)).toList();
            Decision decision = Decision.openForChange(
                    change(DecisionKind.SCOPE_EXTENSION, live, null, audit.scope().strip(), sites), live.id(),
                    audit.clientId(), Certificate.SYSTEM, "scope extension audit " + audit.auditId() + " of certificate "
                            + live.number() + " completed; recommendation " + audit.recommendation() + ", "
                            + audit.openMajorNonconformities() + " open major nonconformity(ies); " + sites.size()
                            + " site(s) audited", audit, clock.instant());
            return open(decision, Certificate.SYSTEM, decision.reason);
        });
    }

    /** The holder's suspended ISO/IEC 20000-1 certificate, if the audit is one that may lift its suspension. */
    private Uni<CertificateView> suspendedBase(AuditCompletedV1 audit) {
        Standard base = audit.standards().stream().filter(CloudCertification::isBase).findFirst().orElse(null);
        if (!DecisionRules.liftsSuspension(audit.type()) || base == null) {
            return Uni.createFrom().nullItem();
        }
        return certificates.liveOf(audit.clientId(), base)
                .map(live -> live != null && live.status() == CertificateStatus.SUSPENDED
                        ? live : null);
    }

    /**
     * A signed contract lists who consulted the client (they decide nothing on it), and opens the decision on a
     * certificate transferred from another body, which takes the place of an initial audit; a contract without a
     * transfer needs no decision. Runs inside the consumer's inbox transaction; the same contract sent again opens
     * nothing new.
     */
    public Uni<Void> onContract(ContractSignedV1 contract) {
        return ImpartialityListing.record(contract).chain(() -> openForTransfer(contract));
    }

    /** The impartiality register learnt of a consultancy: its auditor decides nothing on the client for a while. */
    public Uni<Void> onConsultancy(ConsultancyRecordedV1 consultancy) {
        return ImpartialityListing.record(consultancy);
    }

    private Uni<Void> openForTransfer(ContractSignedV1 contract) {
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
            return open(Decision.openForTransfer(contract, clock.instant()), Certificate.SYSTEM, "transfer of certificate "
                    + transferred.certificateNumber() + " of " + transferred.issuingBody() + " (valid until "
                    + transferred.expiryDate() + ", " + transferred.openNonconformities()
                    + " open nonconformity(ies)) to " + contract.clientName() + ", contract " + contract.contractId());
        });
    }

    /**
     * Staff (or a decision-maker) ask for a change of the certificate: suspension with its reason, reinstatement,
     * withdrawal, or scope reduction to the given scope and remaining sites. Refused when the certificate's state does
     * not allow the change today, or while another change of it waits for its decision.
     */
    @WithTransaction
    public Uni<DecisionView> openForChange(UUID certificateId, DecisionKind kind, SuspensionReason suspensionReason,
                                           String scope, List<ScopedSite> sites, String reason, String actor) {
        return openChange(certificateId, kind, suspensionReason, scope, sites, reason.strip(), actor)
                .flatMap(DecisionViews::of);
    }

    /**
     * An appeal against the decision was upheld: its correction is to be decided. A refusal's matter is decided again
     * (same kind, same evidence); a granted suspension is to be lifted (a reinstatement). Runs in the caller's
     * transaction; the correction opens as any decision does, refused by the same rules.
     */
    public Uni<UUID> openOnAppeal(UUID appealedId, String reason, String actor) {
        return Decision.<Decision>findById(appealedId).flatMap(appealed -> {
            if (appealed.status != DecisionStatus.REFUSED) {
                return openChange(appealed.certificateId, DecisionKind.REINSTATEMENT, null, null, null, reason, actor)
                        .map(decision -> decision.id);
            }
            Decision decision = Decision.reopenOnAppeal(appealed, actor, reason, clock.instant());
            return open(decision, actor, decision.kind + " decided again: " + reason).replaceWith(decision.id);
        });
    }

    private Uni<Decision> openChange(UUID certificateId, DecisionKind kind, SuspensionReason suspensionReason,
                                     String scope, List<ScopedSite> sites, String reason, String actor) {
        Uni<CertificateView> named = certificates.get(certificateId).onFailure(NotFoundProblem.class)
                .transform(missing -> new InvalidInput("certificateId", "no certificate has this id"));
        return named.flatMap(certificate -> {
            ChangeDecisions.requireMayOpen(kind, suspensionReason != null, scope != null, sites != null,
                    certificate.status(), LocalDate.now(clock), certificate.expiryDate());
            return pendingChange(certificateId).flatMap(pending -> {
                ChangeDecisions.requireNonePending(pending == null ? null : pending.kind);
                Decision decision = Decision.openForChange(
                        change(kind, certificate, suspensionReason, scope == null ? null : scope.strip(), sites),
                        certificate.id(), certificate.clientId(), actor, reason, null, clock.instant());
                return open(decision, actor, kind + " of certificate " + certificate.number() + " asked for: "
                        + decision.reason).replaceWith(decision);
            });
        });
    }

    static Uni<Decision> pendingChange(UUID certificateId) {
        return Decision.<Decision>find("certificateId = ?1 and status in ?2 and kind in ?3", certificateId,
                        List.of(DecisionStatus.OPEN, DecisionStatus.INFORMATION_REQUESTED),
                        List.of(DecisionKind.SUSPENSION, DecisionKind.REINSTATEMENT, DecisionKind.WITHDRAWAL,
                                DecisionKind.SCOPE_REDUCTION))
                .firstResult();
    }

    static RequestedChange change(DecisionKind kind, CertificateView certificate, SuspensionReason suspensionReason,
                                  String scope, List<ScopedSite> sites) {
        return new RequestedChange(kind, certificate.number(), certificate.holderName(), certificate.standard(),
                certificate.programmeId(), suspensionReason, scope, sites);
    }

    private Uni<Void> open(Decision decision, String actor, String details) {
        return decision.persist()
                .flatMap(ignored -> changeLog.record(actor, ENTITY, decision.id, "opened", details));
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
                        return changeLog.record(Certificate.SYSTEM, ENTITY, decision.id, "nonconformities-closed",
                                closed.verifiedNonconformities() + " nonconformity(ies) verified on " + closed.closedOn()
                                        + " (" + wereOpen + " major open before); ready for decision: "
                                        + decision.readyForDecision());
                    })
                    .collect().asList()
                    .replaceWithVoid();
        });
    }
}
