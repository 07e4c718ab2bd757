package io.opencert.certificate.decision;

import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.certificate.Certificate;
import io.opencert.certificate.rules.CertificateTransfer;
import io.opencert.certificate.rules.CertificationRule;
import io.opencert.certificate.rules.DecisionRules;
import io.opencert.certificate.rules.Stage2Repetition;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.audit.Stage2RepetitionRequiredV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;
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
import java.util.List;
import java.util.UUID;

/**
 * A certification decision on the outcome of an audit, made by someone who was not on the team of any audit of its
 * cycle; for a certificate transferred from another body, on the contract with the transferred certificate and its
 * pre-transfer review; or on a change of a certificate's status or scope that staff or a rule asked for (a rule that
 * acts on its own takes its decision at once, and is named as its author).
 */
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

    /** Empty for a transfer. An audit has one decision of each kind (a surveillance may also certify the cloud). */
    @Column(name = "audit_id")
    public UUID auditId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    /** The audit team's report as audit-service sent it: the evidence the decision rests on. Empty for a transfer. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public AuditCompletedV1 audit;

    /** The contract of a transfer, one decision each; empty for a decision on an audit. */
    @Column(name = "contract_id", unique = true)
    public UUID contractId;

    /** A transfer's contract as client-service sent it, with the transferred certificate and its pre-transfer review. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public ContractSignedV1 contract;

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

    /** The certificate decided on: issued or changed by the grant, or named when a change is asked for. */
    @Column(name = "certificate_id")
    public UUID certificateId;

    /** Who asked for the decision: staff by username, or this service on an event or a rule. */
    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    /** Why a change was asked for, with its facts; empty for a decision on an audit or a transfer. */
    public String reason;

    /** What a change decision changes; for a refused continuation, what the refusal did to the certificate. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public RequestedChange change;

    /** What audit-service reported when a major nonconformity of the stage 2 decided on missed the 6 months; else null. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "stage_2_repetition", columnDefinition = "jsonb")
    private Stage2RepetitionRequiredV1 stage2Repetition;

    /** The refusal this decision decides again because an appeal against it was upheld; null for any other. */
    @Column(name = "reconsiders", unique = true)
    private UUID reconsiders;

    static Decision openFor(AuditCompletedV1 audit, DecisionKind kind, Instant now) {
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.status = DecisionStatus.OPEN;
        decision.kind = kind;
        decision.auditId = audit.auditId();
        decision.clientId = audit.clientId();
        decision.audit = audit;
        decision.openMajorNonconformities = audit.openMajorNonconformities();
        decision.openedBy = Certificate.SYSTEM;
        decision.openedAt = now;
        return decision;
    }

    /**
     * A change of the certificate asked for by {@code openedBy} for {@code reason}; {@code evidence} is the audit it
     * rests on, if any (the audit that lifts a suspension).
     */
    static Decision openForChange(RequestedChange change, UUID certificateId, UUID clientId, String openedBy,
                                  String reason, AuditCompletedV1 evidence, Instant now) {
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.status = DecisionStatus.OPEN;
        decision.kind = change.kind();
        decision.certificateId = certificateId;
        decision.clientId = clientId;
        decision.change = change;
        decision.openedBy = openedBy;
        decision.reason = reason;
        decision.openedAt = now;
        if (evidence != null) {
            decision.auditId = evidence.auditId();
            decision.audit = evidence;
            decision.openMajorNonconformities = evidence.openMajorNonconformities();
        }
        return decision;
    }

    /** A transfer's decision: no audit, so no major nonconformity of one and no audit team to be independent of. */
    static Decision openForTransfer(ContractSignedV1 contract, Instant now) {
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.status = DecisionStatus.OPEN;
        decision.kind = DecisionKind.TRANSFER;
        decision.contractId = contract.contractId();
        decision.clientId = contract.clientId();
        decision.contract = contract;
        decision.openedBy = Certificate.SYSTEM;
        decision.openedAt = now;
        return decision;
    }

    /**
     * The matter of a refused decision decided again, because an appeal against the refusal was upheld: the same kind
     * on the same evidence (the audit report, the transfer's contract or the change asked for), the appeal as reason.
     */
    static Decision reopenOnAppeal(Decision refused, String openedBy, String reason, Instant now) {
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.status = DecisionStatus.OPEN;
        decision.kind = refused.kind;
        decision.auditId = refused.auditId;
        decision.clientId = refused.clientId;
        decision.audit = refused.audit;
        decision.contract = refused.contract; // the contract id stays with the first decision on the transfer
        decision.openMajorNonconformities = refused.openMajorNonconformities;
        decision.nonconformitiesClosedOn = refused.nonconformitiesClosedOn;
        decision.stage2Repetition = refused.stage2Repetition;
        if (refused.kind.changesCertificate()) {
            decision.change = refused.change;
            decision.certificateId = refused.certificateId;
        }
        decision.reconsiders = refused.id;
        decision.openedBy = openedBy;
        decision.reason = reason;
        decision.openedAt = now;
        return decision;
    }

    UUID reconsiders() {
        return reconsiders;
    }

    /** The standard decided on. */
    Standard standard() {
        if (change != null && kind.changesCertificate()) {
            return change.standard();
        }
        return kind == DecisionKind.TRANSFER
                ? CertificateTransfer.standardOf(contract.standards()).orElseThrow()
                : DecisionRules.standardToCertify(kind, audit.type(), audit.standards());
    }

    /** Who carried out the audit; nobody for a transfer. */
    List<TeamMember> team() {
        return audit == null ? List.of() : audit.team();
    }

    /** Whether a grant may follow: still pending, no major nonconformity open and no stage 2 to repeat. */
    boolean readyForDecision() {
        return status.pending() && openMajorNonconformities == 0 && minorNonconformitiesAwaitingAcceptance() == 0
                && stage2Repetition == null;
    }

    /**
     * The minor nonconformities of the audit whose correction and corrective-action plan the team had not accepted
     * when it was completed, until audit-service reports them all settled.
     */
    int minorNonconformitiesAwaitingAcceptance() {
        Integer awaiting = audit == null ? null : audit.minorNonconformitiesAwaitingAcceptance();
        return awaiting == null || nonconformitiesClosedOn != null ? 0 : awaiting;
    }

    /**
     * A major nonconformity of the stage 2 decided on was not verified within 6 months: the decision can only be
     * refused, and says why.
     */
    void awaitRepeatedStage2(Stage2RepetitionRequiredV1 required) {
        stage2Repetition = required;
        reason = "rule:" + CertificationRule.STAGE_2_MAJOR_NOT_VERIFIED_IN_TIME.slug() + ": major nonconformity(ies) "
                + required.nonconformities().stream().map(nc -> nc.clause() + " (" + nc.status() + ")").toList()
                + " not verified by " + required.deadline() + "; stage 2 is to be repeated";
    }

    /** Throws when the 6-month rule of stage 2 keeps the grant from being made ({@link Stage2Repetition}). */
    void requireStage2NotToBeRepeated(LocalDate today) {
        if (audit != null) {
            Stage2Repetition.requireNotMissed(audit.type(), audit.lastDayOnSite(),
                    stage2Repetition == null ? null : stage2Repetition.deadline(), openMajorNonconformities, today);
        }
    }

    /** The audit programme (the certification cycle) the decision concerns; empty for a transfer. */
    UUID programmeId() {
        return audit != null ? audit.programmeId() : change == null ? null : change.programmeId();
    }

    /** Records the step; a grant or refusal is the decision itself, a request for information keeps it pending. */
    DecisionStep decide(DecisionStatus outcome, String decisionMaker, Instant at, String why, UUID certificate) {
        status = outcome;
        decidedBy = decisionMaker;
        decidedAt = at;
        decisionDate = LocalDate.ofInstant(at, ZoneOffset.UTC);
        rationale = why;
        if (certificate != null) {
            certificateId = certificate;
        }
        return DecisionStep.of(id, outcome, decisionMaker, at, why);
    }

    /** A refused continuation suspended or withdrew the certificate: the refusal records which, and of which. */
    void refusalChanged(RequestedChange consequence, UUID certificate) {
        change = consequence;
        certificateId = certificate;
    }
}
