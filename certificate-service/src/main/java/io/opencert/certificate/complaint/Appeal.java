package io.opencert.certificate.complaint;

import io.opencert.certificate.complaint.dto.AppealView;
import io.opencert.certificate.rules.ComplaintsAndAppeals.Deadlines;
import io.opencert.certificate.rules.ComplaintsAndAppeals.Matter;
import io.opencert.events.certificate.AppealAcknowledgedV1;
import io.opencert.events.certificate.AppealClosedV1;
import io.opencert.events.certificate.AppealDecidedV1;
import io.opencert.events.certificate.AppealInvestigatorAssignedV1;
import io.opencert.events.certificate.AppealLodgedV1;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * A client's appeal against a certification decision on it (ISO/IEC 17021-1 9.7), kept as lodged, with its handling;
 * an upheld appeal names the corrective certification decision it opened.
 */
@Entity
@Table(name = "appeal")
public class Appeal extends HandledMatter {
    static final String ENTITY = "Appeal";
    private static final String WHAT = "appeal";

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    /** The certification decision appealed against; one appeal each. */
    @Column(name = "decision_id", nullable = false, unique = true)
    private UUID decisionId;

    @Column(name = "appellant_name", nullable = false)
    private String appellantName;

    @Column(name = "appellant_email", nullable = false)
    private String appellantEmail;

    @Column(nullable = false)
    private String grounds;

    /** The client user who lodged it, or the staff member who lodged it for the client. */
    @Column(name = "lodged_by", nullable = false)
    private String lodgedBy;

    @Column(name = "corrective_decision_id")
    private UUID correctiveDecisionId;

    @Embedded
    private Handling handling;

    static Appeal lodge(UUID clientId, UUID decisionId, String appellantName, String appellantEmail, String grounds,
                        String lodgedBy, Instant at) {
        Appeal appeal = new Appeal();
        appeal.handling = appeal.beginHandling("A", at);
        appeal.clientId = clientId;
        appeal.decisionId = decisionId;
        appeal.appellantName = appellantName;
        appeal.appellantEmail = appellantEmail;
        appeal.grounds = grounds;
        appeal.lodgedBy = lodgedBy;
        return appeal;
    }

    AppealLodgedV1 lodged(Deadlines deadlines) {
        Instant at = handling().receivedAt();
        return new AppealLodgedV1(id(), reference(), clientId, decisionId, appellantName, appellantEmail, at,
                day(deadlines.acknowledgeBy(at)), day(deadlines.decideBy(at)));
    }

    AppealAcknowledgedV1 acknowledge(String by, Instant at, Deadlines deadlines) {
        handling().acknowledge(by, at, WHAT);
        return new AppealAcknowledgedV1(id(), reference(), clientId, appellantName, appellantEmail, by, at,
                day(deadlines.decideBy(handling().receivedAt())));
    }

    /** {@code involved}: the decision-maker of the appealed decision and the teams of the audits behind it. */
    AppealInvestigatorAssignedV1 assignInvestigator(String investigator, Collection<String> involved, String by,
                                                    Instant at) {
        handling().assignInvestigator(investigator, Matter.APPEAL, involved, by, at, WHAT);
        return new AppealInvestigatorAssignedV1(id(), reference(), clientId, investigator, by, at);
    }

    void decide(boolean upheld, String outcome, String rationale, Collection<String> involved, String by, Instant at) {
        handling().decide(upheld, outcome, rationale, Matter.APPEAL, involved, by, at, WHAT);
    }

    /** The decision taken, with the corrective certification decision an upheld appeal opened (else null). */
    AppealDecidedV1 decided(UUID correctiveDecision) {
        correctiveDecisionId = correctiveDecision;
        return new AppealDecidedV1(id(), reference(), clientId, decisionId, appellantName, appellantEmail,
                handling().upheld(), handling().outcome(), handling().decidedBy(), handling().decidedAt(), correctiveDecision);
    }

    AppealClosedV1 close(String by, Instant at) {
        handling().close(by, at, WHAT);
        return new AppealClosedV1(id(), reference(), clientId, by, at);
    }

    @Override
    Handling handling() {
        return handling;
    }

    UUID clientId() {
        return clientId;
    }

    UUID decisionId() {
        return decisionId;
    }

    AppealView view(Deadlines deadlines, Instant now) {
        return new AppealView(id(), reference(), clientId, decisionId, appellantName, appellantEmail, grounds, lodgedBy,
                correctiveDecisionId, handling().view(deadlines, now));
    }
}
