package io.opencert.certificate.decision;

import io.opencert.certificate.rules.CertificationRule;
import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.QueryFilter;
import io.opencert.certificate.decision.dto.DecisionOutcome;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.decision.dto.GrantResult;
import io.opencert.certificate.rules.CertificateTransfer;
import io.opencert.certificate.rules.ChangeDecisions;
import io.opencert.certificate.rules.ChangeDecisions.RefusalConsequence;
import io.opencert.certificate.rules.DecisionRules;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The steps of a decision (grant, refusal, request for more information), each by a decision-maker independent of
 * every audit of the cycle it concerns, and the decisions as staff and clients see them.
 */
@ApplicationScoped
public class DecisionService {
    private final DecisionEffects effects;
    private final ChangeLog changeLog;
    private final Clock clock;

    DecisionService(DecisionEffects effects, ChangeLog changeLog, Clock clock) {
        this.effects = effects;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<DecisionView>> list(DecisionStatus status, DecisionKind kind, UUID clientId, UUID auditId,
                                        UUID certificateId, PageRequest page) {
        QueryFilter filter = new QueryFilter().equal("status", status).equal("kind", kind).equal("clientId", clientId)
                .equal("auditId", auditId).equal("certificateId", certificateId);
        return Page.of(Decision.<Decision>find(filter.query(), Sort.ascending("openedAt").and("id"), filter.parameters()),
                        page, Function.identity())
                .flatMap(decisions -> DecisionViews.of(decisions.items()).map(views ->
                        new Page<>(decisions.page(), decisions.size(), decisions.total(), views)));
    }

    @WithSession
    public Uni<DecisionView> get(UUID id) {
        return find(id).flatMap(DecisionViews::of);
    }

    /** Every decision on the certificate, in the order they were asked for: its life as a chain of decisions. */
    @WithSession
    public Uni<List<DecisionView>> ofCertificate(UUID certificateId) {
        return Decision.<Decision>list("certificateId = ?1 order by openedAt, id", certificateId)
                .flatMap(DecisionViews::of);
    }

    /** What the holder sees of the decisions on its certificate: what was decided, and when. */
    @WithSession
    public Uni<List<DecisionOutcome>> outcomesOf(UUID certificateId) {
        return Decision.<Decision>list("certificateId = ?1 order by openedAt, id", certificateId)
                .map(decisions -> decisions.stream().map(decision -> new DecisionOutcome(decision.id, decision.kind,
                        decision.standard(), decision.status, decision.openedAt, decision.decisionDate,
                        decision.change == null ? null : decision.change.kind())).toList());
    }

    /**
     * Grants: issues the certificate (certification, transfer), renews it (renewal), continues it (continuation) or
     * makes the change asked for, and records who decided, when and why, all in one transaction. Refused when the
     * decision-maker was on the team of an audit of the cycle, when a major nonconformity of stage 2 missed its 6 months,
     * while a major nonconformity is open or a minor one's plan is not accepted, when the decision
     * was already made, or when a rule of the certificate's lifecycle forbids it.
     */
    @WithTransaction
    public Uni<GrantResult> grant(UUID id, String decisionMaker, String rationale, Map<UUID, String> siteScopes) {
        return independent(id, decisionMaker).flatMap(decision -> {
            Instant now = clock.instant();
            decision.requireStage2NotToBeRepeated(LocalDate.ofInstant(now, ZoneOffset.UTC));
            DecisionRules.requireNoOpenMajorNonconformity(decision.openMajorNonconformities);
            DecisionRules.requireMinorPlansAccepted(decision.minorNonconformitiesAwaitingAcceptance());
            return effects.ofGrant(decision, LocalDate.ofInstant(now, ZoneOffset.UTC), decisionMaker, siteScopes)
                    .flatMap(certificate -> {
                        DecisionStep step = decision.decide(DecisionStatus.GRANTED, decisionMaker, now,
                                rationale.strip(), certificate.id());
                        return step.persist()
                                .flatMap(ignored -> changeLog.record(decisionMaker, DecisionOpening.ENTITY, decision.id,
                                        "granted", decision.kind + " granted, certificate " + certificate.number()
                                                + " revision " + certificate.revision() + ", " + certificate.status()
                                                + ", valid until " + certificate.expiryDate() + "; rationale: "
                                                + decision.rationale))
                                .call(Panache::flush)
                                .flatMap(ignored -> DecisionViews.of(decision))
                                .map(view -> new GrantResult(view, certificate));
                    });
        });
    }

    /**
     * Refuses with a written rationale. A refused continuation suspends or withdraws the certificate, as
     * {@code consequence} says; other refusals change no certificate.
     */
    @WithTransaction
    public Uni<DecisionView> refuse(UUID id, String decisionMaker, String rationale, RefusalConsequence consequence) {
        return independent(id, decisionMaker).flatMap(decision -> {
            ChangeDecisions.requireConsequence(decision.kind, consequence);
            Instant now = clock.instant();
            DecisionStep step = decision.decide(DecisionStatus.REFUSED, decisionMaker, now, rationale.strip(), null);
            return effects.ofRefusal(decision, decision.decisionDate, consequence, decision.rationale, decisionMaker)
                    .flatMap(ignored -> record(decision, step, "refused", decisionMaker));
        });
    }

    /** Asks for more information before deciding; the decision stays to be decided. */
    @WithTransaction
    public Uni<DecisionView> requestInformation(UUID id, String decisionMaker, String rationale) {
        return independent(id, decisionMaker).flatMap(decision -> {
            DecisionStep step = decision.decide(DecisionStatus.INFORMATION_REQUESTED, decisionMaker, clock.instant(),
                    rationale.strip(), null);
            return record(decision, step, "information-requested", decisionMaker);
        });
    }

    private Uni<DecisionView> record(Decision decision, DecisionStep step, String action, String decisionMaker) {
        return step.persist()
                .flatMap(ignored -> changeLog.record(decisionMaker, DecisionOpening.ENTITY, decision.id, action,
                        decision.rationale))
                .call(Panache::flush)
                .flatMap(ignored -> DecisionViews.of(decision));
    }

    /**
     * The pending decision, if the decision-maker was on the team of no audit of its cycle and is not listed in the
     * impartiality register for the client.
     */
    private Uni<Decision> independent(UUID id, String decisionMaker) {
        return find(id).flatMap(decision -> {
            requirePending(decision);
            if (decision.kind == DecisionKind.TRANSFER) {
                CertificateTransfer.requireNotReviewer(decisionMaker, decision.contract.transfer());
            }
            return CompletedAudit.teamsOfCycle(decision.programmeId(), decision.team())
                    .invoke(teams -> DecisionRules.requireIndependent(decisionMaker, teams))
                    .chain(() -> ImpartialityListing.of(decision.clientId))
                    .invoke(listed -> DecisionRules.requireImpartial(decisionMaker, listed, LocalDate.now(clock)))
                    .replaceWith(decision);
        });
    }

    private static void requirePending(Decision decision) {
        if (!decision.status.pending()) {
            throw new RuleViolation(CertificationRule.DECISION_NOT_OPEN,
                    "This certification decision is " + decision.status + " since " + decision.decidedAt
                            + " (by " + decision.decidedBy + "); only a decision still to be made can be decided.");
        }
    }

    private static Uni<Decision> find(UUID id) {
        return Decision.<Decision>findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundProblem("Certification decision " + id + " not found."));
    }
}
