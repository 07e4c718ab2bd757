package io.opencert.certificate.decision;

import io.opencert.events.audit.AuditCompletedV1;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** A certification decision on the outcome of an audit, made by someone who was not on its team. */
@Entity
@Table(name = "certification_decision")
public class Decision extends PanacheEntityBase {
    @Id
    public UUID id;

    @Version
    public Long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionKind kind;

    @Column(name = "audit_id", nullable = false, unique = true)
    public UUID auditId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    /** The audit team's report as audit-service sent it: the evidence the decision rests on. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public AuditCompletedV1 audit;

    /** Kept apart from the report because closing nonconformities will lower it. */
    @Column(name = "open_major_nonconformities", nullable = false)
    public int openMajorNonconformities;

    /** The day audit-service verified the last open nonconformity of the audit; empty until then. */
    @Column(name = "nonconformities_closed_on")
    public LocalDate nonconformitiesClosedOn;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    public String rationale;

    @Column(name = "certificate_id")
    public UUID certificateId;

    static Decision openFor(AuditCompletedV1 audit, DecisionKind kind, Instant now) {
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.status = DecisionStatus.OPEN;
        decision.kind = kind;
        decision.auditId = audit.auditId();
        decision.clientId = audit.clientId();
        decision.audit = audit;
        decision.openMajorNonconformities = audit.openMajorNonconformities();
        decision.openedAt = now;
        return decision;
    }

    /** Whether a grant may follow: still pending and no major nonconformity open. */
    boolean readyForDecision() {
        return status.pending() && openMajorNonconformities == 0;
    }

    /** Records the step; a grant or refusal is the decision itself, a request for information keeps it pending. */
    DecisionStep decide(DecisionStatus outcome, String decisionMaker, Instant at, String why, UUID certificate) {
        status = outcome;
        decidedBy = decisionMaker;
        decidedAt = at;
        decisionDate = LocalDate.ofInstant(at, ZoneOffset.UTC);
        rationale = why;
        certificateId = certificate;
        return DecisionStep.of(id, outcome, decisionMaker, at, why);
    }
}
