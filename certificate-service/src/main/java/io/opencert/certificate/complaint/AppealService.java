package io.opencert.certificate.complaint;

import io.opencert.certificate.complaint.HandlingRecords.Filter;
import io.opencert.certificate.complaint.dto.AppealView;
import io.opencert.certificate.complaint.dto.HandlingDecision;
import io.opencert.certificate.complaint.dto.NewAppeal;
import io.opencert.certificate.decision.DecisionOpening;
import io.opencert.certificate.decision.Involvement;
import io.opencert.certificate.decision.Involvement.AppealedDecision;
import io.opencert.certificate.rules.ComplaintsAndAppeals;
import io.opencert.certificate.rules.ComplaintsAndAppeals.Deadlines;
import io.opencert.certificate.rules.HandlingStatus;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.NotFoundProblem;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Appeals (ISO/IEC 17021-1 9.7): a client, or staff for it, appeals a certification decision on the client within the
 * appeal period; acknowledged, investigated and decided by people who took no part in that decision or the audits
 * behind it. An upheld appeal opens the corrective certification decision. {@code mayAct} tells whether the caller
 * may see the client's appeals: a client user only its own organisation's, others get 404.
 */
@ApplicationScoped
public class AppealService {
    private final Involvement involvement;
    private final DecisionOpening opening;
    private final HandlingRecords records;
    private final HandlingTerms terms;
    private final Deadlines deadlines;
    private final Clock clock;

    AppealService(Involvement involvement, DecisionOpening opening, HandlingRecords records, HandlingTerms terms,
                  Clock clock) {
        this.involvement = involvement;
        this.opening = opening;
        this.records = records;
        this.terms = terms;
        this.deadlines = terms.appeals();
        this.clock = clock;
    }

    /** Refused when the decision is not a refusal or a granted suspension, is appealed already or too long ago. */
    @WithTransaction
    public Uni<AppealView> lodge(NewAppeal lodged, String by, Predicate<UUID> mayAct) {
        return appealed(lodged.decisionId(), mayAct).flatMap(decision -> {
            ComplaintsAndAppeals.requireAppealable(decision.decided(), decision.refused(), decision.kind());
            Instant now = clock.instant();
            ComplaintsAndAppeals.requireWithinAppealPeriod(decision.decisionDate(), terms.appealPeriod(),
                    LocalDate.ofInstant(now, ZoneOffset.UTC));
            return Appeal.<Appeal>find("decisionId", decision.id()).firstResult().flatMap(earlier -> {
                ComplaintsAndAppeals.requireNotAppealedYet(earlier == null ? null : earlier.reference());
                Appeal appeal = Appeal.lodge(decision.clientId(), decision.id(), lodged.appellantName(),
                        lodged.appellantEmail(), lodged.grounds(), by, now);
                return appeal.persist().chain(() -> records.record(Appeal.ENTITY, appeal.id(), by, "lodged",
                                "appeal " + appeal.reference() + " against " + decision.kind() + " decision "
                                        + decision.id(), appeal.lodged(deadlines)))
                        .replaceWith(() -> appeal.view(deadlines, now));
            });
        });
    }

    @WithSession
    public Uni<Page<AppealView>> list(UUID clientId, HandlingStatus status, Boolean overdue, PageRequest page) {
        Instant now = clock.instant();
        Map<String, Object> equal = new HashMap<>();
        equal.put("clientId", clientId);
        Filter filter = Filter.of(equal, status, overdue, deadlines, now);
        return Page.of(Appeal.find(filter.query(), Sort.ascending("handling.receivedAt").and("id"),
                filter.parameters()), page, (Appeal appeal) -> appeal.view(deadlines, now));
    }

    @WithSession
    public Uni<AppealView> get(UUID id, Predicate<UUID> mayAct) {
        return find(id, mayAct).map(view());
    }

    @WithTransaction
    public Uni<AppealView> acknowledge(UUID id, String by) {
        return find(id, any -> true).call(appeal -> records.record(Appeal.ENTITY, id, by, "acknowledged",
                        "acknowledged to the appellant", appeal.acknowledge(by, clock.instant(), deadlines)))
                .map(view());
    }

    /** Refused when the investigator made the appealed decision or audited for it. */
    @WithTransaction
    public Uni<AppealView> assignInvestigator(UUID id, String investigator, String by) {
        return find(id, any -> true).call(appeal -> involvement.inDecision(appeal.decisionId()).flatMap(decision ->
                        records.record(Appeal.ENTITY, id, by, "investigator-assigned", investigator + " investigates",
                                appeal.assignInvestigator(investigator, decision.involved(), by, clock.instant()))))
                .map(view());
    }

    /**
     * Refused when the decider made the appealed decision, audited for it or investigated the appeal. An upheld appeal
     * opens the corrective certification decision in the same transaction.
     */
    @WithTransaction
    public Uni<AppealView> decide(UUID id, HandlingDecision decision, String by) {
        return find(id, any -> true).call(appeal -> involvement.inDecision(appeal.decisionId()).flatMap(appealed -> {
                    appeal.decide(decision.upheld(), decision.outcome(), decision.rationale(), appealed.involved(), by,
                            clock.instant());
                    Uni<UUID> corrective = decision.upheld()
                            ? opening.openOnAppeal(appealed.id(), "appeal " + appeal.reference() + " upheld: "
                                    + decision.outcome(), by)
                            : Uni.createFrom().nullItem();
                    return corrective.flatMap(correctiveId -> records.record(Appeal.ENTITY, id, by, "decided",
                            (decision.upheld() ? "upheld, corrective decision " + correctiveId + ": " : "not upheld: ")
                                    + decision.rationale(), appeal.decided(correctiveId)));
                }))
                .map(view());
    }

    @WithTransaction
    public Uni<AppealView> close(UUID id, String by) {
        return find(id, any -> true).call(appeal -> records.record(Appeal.ENTITY, id, by, "closed", "handling ended",
                        appeal.close(by, clock.instant())))
                .map(view());
    }

    /** The decision, if the caller may act for its client; else the same 404 as for a decision that does not exist. */
    private Uni<AppealedDecision> appealed(UUID decisionId, Predicate<UUID> mayAct) {
        return involvement.inDecision(decisionId).invoke(decision -> {
            if (!mayAct.test(decision.clientId())) {
                throw new NotFoundProblem("Certification decision " + decisionId + " not found.");
            }
        });
    }

    private Function<Appeal, AppealView> view() {
        Instant now = clock.instant();
        return appeal -> appeal.view(deadlines, now);
    }

    private static Uni<Appeal> find(UUID id, Predicate<UUID> mayAct) {
        return Appeal.<Appeal>findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundProblem("Appeal " + id + " not found."))
                .invoke(appeal -> {
                    if (!mayAct.test(appeal.clientId())) {
                        throw new NotFoundProblem("Appeal " + id + " not found.");
                    }
                });
    }
}
