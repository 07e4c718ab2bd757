package io.opencert.certificate.decision;

import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Decisions as staff see them: the evidence side by side with every step taken. */
final class DecisionViews {

    /** The decisions with their steps, in one query for the steps of all. Runs in the caller's session. */
    static Uni<List<DecisionView>> of(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return DecisionStep.<DecisionStep>list("decisionId in ?1 order by decidedAt, id",
                        decisions.stream().map(decision -> decision.id).toList())
                .map(steps -> steps.stream().collect(Collectors.groupingBy(step -> step.decisionId)))
                .map(steps -> decisions.stream().map(decision -> view(decision, steps)).toList());
    }

    static Uni<DecisionView> of(Decision decision) {
        return of(List.of(decision)).map(List::getFirst);
    }

    private static DecisionView view(Decision decision, Map<UUID, List<DecisionStep>> steps) {
        AuditCompletedV1 audit = decision.audit; // none for a transfer, nor for most changes
        ContractSignedV1 contract = decision.contract; // a transfer's
        RequestedChange change = decision.change;
        boolean audited = audit != null;
        String holder = audited ? audit.clientName() : contract != null ? contract.clientName() : change.holderName();
        List<Standard> standards = audited ? audit.standards()
                : contract != null ? contract.standards() : List.of(change.standard());
        String scope = audited ? audit.scope() : contract != null ? contract.scope() : null;
        List<Site> sites = audited ? audit.certifiedSites() : contract != null ? contract.sites() : List.of();
        return new DecisionView(decision.id, decision.kind, decision.standard(), decision.status, decision.version,
                decision.auditId, decision.contractId, decision.programmeId(),
                audited ? audit.type() : null, decision.clientId, holder, standards, scope, sites,
                audited ? audit.sites() : null, decision.team(),
                audited ? audit.findingCounts() : null,
                decision.openMajorNonconformities, decision.minorNonconformitiesAwaitingAcceptance(),
                decision.nonconformitiesClosedOn, decision.readyForDecision(),
                audited ? audit.lastDayOnSite() : null, audited ? audit.recommendation() : null,
                audited ? audit.completedAt() : null, contract != null ? contract.transfer() : null, decision.openedAt,
                decision.openedBy, decision.reason, change,
                decision.decidedBy, decision.decidedAt, decision.decisionDate, decision.rationale,
                decision.certificateId, decision.reconsiders(),
                steps.getOrDefault(decision.id, List.of()).stream()
                        .map(step -> new DecisionView.Step(step.outcome, step.decidedBy, step.decidedAt, step.rationale))
                        .toList());
    }

    private DecisionViews() {
    }
}
