package io.opencert.audit.audit;

import io.opencert.events.model.Recommendation;
import io.opencert.events.model.TeamRole;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who may complete an audit, and when: the team's lead auditor, once, with a last day on site that lies neither before
 * the audit's start nor after today (the team reports fieldwork that happened, not fieldwork planned),
 * every checklist item answered, every requirement of ISO/IEC 20000-1 audited where the audit type allows no
 * sampling (see {@link io.opencert.audit.checklist.EvidenceCoverage}), and no plain "certify" while a major
 * nonconformity is open (that is what "certify after nonconformity closure" is for).
 */
public final class CompletionPreconditions {

    /** Why a completion is refused, in the order they are checked: the caller learns nothing they may not see. */
    public enum Refusal {
        NOT_ON_TEAM,
        NOT_LEAD_AUDITOR,
        NOT_OPEN,
        LAST_DAY_BEFORE_START,
        LAST_DAY_IN_FUTURE,
        CHECKLIST_UNANSWERED,
        CLAUSES_NOT_AUDITED,
        CERTIFY_WITH_OPEN_MAJOR_NONCONFORMITY
    }

    /**
     * The audit's work that is not done yet.
     *
     * @param clausesNotAudited the clauses of ISO/IEC 20000-1 the audit must audit but did not, in checklist order
     */
    public record Outstanding(long unansweredChecklistItems, int openMajorNonconformities,
                              List<String> clausesNotAudited) {
        public Outstanding {
            clausesNotAudited = List.copyOf(clausesNotAudited);
        }

        /** Every clause the audit must audit was audited. */
        public Outstanding(long unansweredChecklistItems, int openMajorNonconformities) {
            this(unansweredChecklistItems, openMajorNonconformities, List.of());
        }
    }

    /**
     * @param callerRole the caller's role on the audit team, empty when they are not on it
     * @param today      the body's day (UTC) when the completion is asked for
     * @return the first refusal, or empty when the audit may be completed
     */
    public static Optional<Refusal> check(AuditStatus status, LocalDate startDate, Optional<TeamRole> callerRole,
                                          Recommendation recommendation, LocalDate lastDayOnSite,
                                          LocalDate today, Outstanding outstanding) {
        if (callerRole.isEmpty()) {
            return Optional.of(Refusal.NOT_ON_TEAM);
        }
        if (callerRole.get() != TeamRole.LEAD_AUDITOR) {
            return Optional.of(Refusal.NOT_LEAD_AUDITOR);
        }
        if (!status.open()) {
            return Optional.of(Refusal.NOT_OPEN);
        }
        if (lastDayOnSite.isBefore(startDate)) {
            return Optional.of(Refusal.LAST_DAY_BEFORE_START);
        }
        if (lastDayOnSite.isAfter(today)) {
            return Optional.of(Refusal.LAST_DAY_IN_FUTURE);
        }
        if (outstanding.unansweredChecklistItems() > 0) {
            return Optional.of(Refusal.CHECKLIST_UNANSWERED);
        }
        if (!outstanding.clausesNotAudited().isEmpty()) {
            return Optional.of(Refusal.CLAUSES_NOT_AUDITED);
        }
        if (recommendation == Recommendation.CERTIFY && outstanding.openMajorNonconformities() > 0) {
            return Optional.of(Refusal.CERTIFY_WITH_OPEN_MAJOR_NONCONFORMITY);
        }
        return Optional.empty();
    }

    private CompletionPreconditions() {
    }
}
