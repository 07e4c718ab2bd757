package io.opencert.certificate.decision;

import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.certificate.CertificateChanges;
import io.opencert.certificate.certificate.CertificateIssuance;
import io.opencert.certificate.certificate.CertificateQueries;
import io.opencert.certificate.certificate.NewCertificate;
import io.opencert.certificate.certificate.Renewal;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.rules.CertifiableEdition;
import io.opencert.certificate.rules.CertificateTransfer;
import io.opencert.certificate.rules.CertificateValidity;
import io.opencert.certificate.rules.CertificateLifecycle.Action;
import io.opencert.certificate.rules.ChangeDecisions;
import io.opencert.certificate.rules.ChangeDecisions.RefusalConsequence;
import io.opencert.certificate.rules.ScopeExtension;
import io.opencert.certificate.rules.SiteScopes;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TransferredCertificate;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a decision does to certificates: a grant issues, renews, continues or changes one; a refused continuation
 * suspends or withdraws it. Runs in the transaction of the decision, so both commit together.
 */
@ApplicationScoped
public class DecisionEffects {
    private static final String SITE_SCOPES = "siteScopes";

    private final CertificateQueries certificates;
    private final CertificateIssuance issuance;
    private final CertificateChanges changes;

    DecisionEffects(CertificateQueries certificates, CertificateIssuance issuance, CertificateChanges changes) {
        this.certificates = certificates;
        this.issuance = issuance;
        this.changes = changes;
    }

    /**
     * The certificate the grant issues, renews, continues or changes; every site the audit's certification covers (not
     * only the sample it visited) gets the scope given for it (on a scope extension, a site certified before keeps its
     * own scope unless given another).
     */
    Uni<CertificateView> ofGrant(Decision decision, LocalDate decisionDate, String decisionMaker,
                                 Map<UUID, String> siteScopes) {
        Standard standard = decision.standard();
        AuditCompletedV1 audit = decision.audit; // none for a transfer, nor for most changes
        if (decision.kind.changesCertificate() && decision.kind != DecisionKind.SCOPE_EXTENSION
                || decision.kind == DecisionKind.CONTINUATION) {
            requireNoSiteScopes(siteScopes, decision.kind);
        }
        CertifiableEdition.requireCertifiable(decision.kind, standard, decisionDate);
        return switch (decision.kind) {
            case TRANSFER -> {
                ContractSignedV1 contract = decision.contract;
                TransferredCertificate transferred = contract.transfer();
                CertificateTransfer.requireValid(transferred, decisionDate);
                CertificateTransfer.requireNoOpenMajor(transferred);
                yield certificates.holdsLive(contract.clientId(), standard).flatMap(live -> {
                    CertificateTransfer.requireNotCertifiedHere(live, standard, transferred);
                    // no audit and no programme yet: the client's first audit here brings the programme
                    return issuance.issue(new NewCertificate(decision.id, decisionDate, null, null,
                            contract.clientId(), contract.clientName(), standard, contract.scope(),
                            SiteScopes.assign(contract.sites(), siteScopes, SITE_SCOPES),
                            CertificateTransfer.expiryDate(transferred)), decisionMaker);
                });
            }
            case CERTIFICATION -> issuance.issue(new NewCertificate(decision.id, decisionDate, audit.auditId(),
                    audit.programmeId(), audit.clientId(), audit.clientName(), standard, audit.scope(),
                    SiteScopes.assign(audit.certifiedSites(), siteScopes, SITE_SCOPES),
                    CertificateValidity.expiryDate(decisionDate)), decisionMaker);
            case RENEWAL -> {
                Renewal renewal = new Renewal(decision.id, decisionDate, audit.auditId(), audit.programmeId(),
                        audit.clientName(), audit.scope(),
                        SiteScopes.assign(audit.certifiedSites(), siteScopes, SITE_SCOPES));
                Uni<CertificateView> renewed = certificates.currentOf(audit.clientId(), standard)
                        .flatMap(current -> issuance.renew(current.id(), renewal, decisionMaker));
                // the recertification audited the cloud services too: the cloud certificate starts the new cycle
                // with its base, which is renewed (and written) first
                yield audit.standards().contains(Standard.ISO_IEC_TR_20000_9_2015)
                        ? renewed.call(Panache::flush).call(() -> issuance.renewRenewable(audit.clientId(),
                                Standard.ISO_IEC_TR_20000_9_2015, renewal, decisionMaker))
                        : renewed;
            }
            case CONTINUATION -> certificates.currentOf(audit.clientId(), standard)
                    .flatMap(current -> issuance.continueCertification(current.id(), audit.programmeId(), decisionMaker));
            case SUSPENSION -> changes.suspend(decision.certificateId, decisionDate, decision.change.suspensionReason(),
                    decision.reason, decisionMaker, decision.id);
            case REINSTATEMENT -> {
                Uni<CertificateView> reinstated = changes.reinstate(decision.certificateId, decisionDate,
                        decision.reason, decisionMaker, decision.id);
                if (audit == null) {
                    yield reinstated;
                }
                // the audit that lifted the suspension names the programme a transferred certificate follows; if it
                // audited the cloud services too, their certificates suspended with the base come back with it
                yield reinstated
                        .call(base -> issuance.adoptProgramme(base.id(), audit.programmeId(), decisionMaker))
                        .call(Panache::flush)
                        .call(base -> audit.standards().contains(Standard.ISO_IEC_TR_20000_9_2015)
                                ? changes.reinstateSuspended(audit.clientId(), Standard.ISO_IEC_TR_20000_9_2015,
                                        decisionDate, decision.reason, decisionMaker, decision.id)
                                : Uni.createFrom().voidItem());
            }
            case WITHDRAWAL -> changes.withdraw(decision.certificateId, decisionDate, decision.reason, decisionMaker,
                    decision.id);
            case SCOPE_REDUCTION -> changes.reduceScope(decision.certificateId, decisionDate, decision.change.scope(),
                    decision.change.sites(), decision.reason, decisionMaker, decision.id);
            case SCOPE_EXTENSION -> {
                ScopeExtension.requireRecommended(audit.recommendation());
                yield changes.extendScope(decision.certificateId, decisionDate, audit.scope(),
                        SiteScopes.assign(audit.certifiedSites(), siteScopes, SITE_SCOPES), decision.reason, decisionMaker,
                        decision.id);
            }
        };
    }

    /**
     * A refused continuation does not leave the certificate active: it is suspended or withdrawn, as the refusal says
     * (ISO/IEC 17021-1, 9.6.5). Refusals of other decisions change no certificate.
     */
    Uni<Void> ofRefusal(Decision decision, LocalDate decisionDate, RefusalConsequence consequence, String rationale,
                        String decisionMaker) {
        Optional<Action> action = ChangeDecisions.refusalAction(decision.kind, consequence);
        if (action.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        AuditCompletedV1 audit = decision.audit;
        return certificates.currentOf(audit.clientId(), decision.standard()).flatMap(current -> {
            String because = "continuation refused after " + audit.type() + " audit " + audit.auditId() + ": "
                    + rationale;
            boolean suspend = action.get() == Action.SUSPEND;
            decision.refusalChanged(DecisionOpening.change(suspend ? DecisionKind.SUSPENSION : DecisionKind.WITHDRAWAL,
                    current, suspend ? SuspensionReason.CONTINUATION_REFUSED : null, null, null), current.id());
            return (suspend
                    ? changes.suspend(current.id(), decisionDate, SuspensionReason.CONTINUATION_REFUSED, because,
                            decisionMaker, decision.id)
                    : changes.withdraw(current.id(), decisionDate, because, decisionMaker, decision.id))
                    .replaceWithVoid();
        });
    }

    private static void requireNoSiteScopes(Map<UUID, String> siteScopes, DecisionKind kind) {
        if (siteScopes != null && !siteScopes.isEmpty()) {
            throw new InvalidInput(SITE_SCOPES, "a " + kind + " gives no site its own scope; sites get their scopes on "
                    + "certification, renewal or scope extension, and a scope reduction names them when it is asked for");
        }
    }
}
