package io.opencert.certificate.complaint;

import io.opencert.certificate.complaint.dto.HandlingView;
import io.opencert.certificate.rules.ComplaintsAndAppeals;
import io.opencert.certificate.rules.ComplaintsAndAppeals.Deadlines;
import io.opencert.certificate.rules.ComplaintsAndAppeals.Matter;
import io.opencert.certificate.rules.HandlingStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.Collection;

/**
 * The handling of a complaint or an appeal, step by step, with who took each step and when: acknowledged, investigated
 * by someone not involved in the matter, decided by another person not involved, closed.
 */
@Embeddable
public class Handling {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HandlingStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    private String investigator;

    @Column(name = "investigator_assigned_by")
    private String investigatorAssignedBy;

    @Column(name = "investigator_assigned_at")
    private Instant investigatorAssignedAt;

    private Boolean upheld;

    /** What the complainant or appellant is told. */
    private String outcome;

    /** Why, for the file; not sent. */
    private String rationale;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Handling() {
    }

    static Handling receivedAt(Instant at) {
        Handling handling = new Handling();
        handling.status = HandlingStatus.RECEIVED;
        handling.receivedAt = at;
        return handling;
    }

    void acknowledge(String by, Instant at, String what) {
        ComplaintsAndAppeals.requireStep(status, HandlingStatus.ACKNOWLEDGED, what);
        status = HandlingStatus.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = at;
    }

    void assignInvestigator(String person, Matter matter, Collection<String> involved, String by, Instant at,
                            String what) {
        ComplaintsAndAppeals.requireStep(status, HandlingStatus.UNDER_INVESTIGATION, what);
        ComplaintsAndAppeals.requireNotInvolved(matter, person, involved, "investigate");
        status = HandlingStatus.UNDER_INVESTIGATION;
        investigator = person;
        investigatorAssignedBy = by;
        investigatorAssignedAt = at;
    }

    void decide(boolean isUpheld, String outcomeText, String why, Matter matter, Collection<String> involved, String by,
                Instant at, String what) {
        ComplaintsAndAppeals.requireStep(status, HandlingStatus.DECIDED, what);
        ComplaintsAndAppeals.requireNotInvolved(matter, by, involved, "decide");
        ComplaintsAndAppeals.requireDeciderNotInvestigator(by, investigator);
        status = HandlingStatus.DECIDED;
        upheld = isUpheld;
        outcome = outcomeText;
        rationale = why;
        decidedBy = by;
        decidedAt = at;
    }

    void close(String by, Instant at, String what) {
        ComplaintsAndAppeals.requireStep(status, HandlingStatus.CLOSED, what);
        status = HandlingStatus.CLOSED;
        closedBy = by;
        closedAt = at;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    boolean upheld() {
        return Boolean.TRUE.equals(upheld);
    }

    String outcome() {
        return outcome;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    HandlingView view(Deadlines deadlines, Instant now) {
        return new HandlingView(status, receivedAt, deadlines.acknowledgeBy(receivedAt), deadlines.decideBy(receivedAt),
                ComplaintsAndAppeals.ageInDays(receivedAt, now), deadlines.overdue(status, receivedAt, now),
                acknowledgedBy, acknowledgedAt, investigator, investigatorAssignedBy, investigatorAssignedAt, upheld,
                outcome, rationale, decidedBy, decidedAt, closedBy, closedAt);
    }
}
