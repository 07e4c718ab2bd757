package io.opencert.certificate.decision;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step of a decision (a request for more information, the grant or the refusal): who, when and why. */
@Entity
@Table(name = "decision_step")
public class DecisionStep extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "decision_id", nullable = false)
    public UUID decisionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionStatus outcome;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(nullable = false)
    public String rationale;

    static DecisionStep of(UUID decisionId, DecisionStatus outcome, String decidedBy, Instant at, String rationale) {
        DecisionStep step = new DecisionStep();
        step.id = UUID.randomUUID();
        step.decisionId = decisionId;
        step.outcome = outcome;
        step.decidedBy = decidedBy;
        step.decidedAt = at;
        step.rationale = rationale;
        return step;
    }
}
