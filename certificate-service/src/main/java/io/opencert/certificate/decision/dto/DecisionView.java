package io.opencert.certificate.decision.dto;

import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.decision.RequestedChange;
import io.opencert.certificate.decision.DecisionStatus;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;
import io.opencert.events.model.TransferredCertificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A certification decision with the audit outcome it is about, side by side: recommendation, findings and open major
 * nonconformities. {@code readyForDecision} is false while a major nonconformity is open, and for good once a major
 * nonconformity of stage 2 missed its 6 months (the decision's {@code reason} then names the rule,
 * "rule:stage-2-major-not-verified-in-time", with its facts; it can only be refused); decidedBy and later name the
 * latest step, {@code steps} all of them, oldest first. {@code standard} is the one decided on. A TRANSFER decision
 * has no audit (auditId, programmeId, auditType, findingCounts, lastDayOnSite, recommendation and auditCompletedAt
 * are null, the team is empty): instead it names the contract and shows the {@code transfer}red certificate with the
 * pre-transfer review; null for other kinds. A decision on a change of a certificate (SUSPENSION, REINSTATEMENT,
 * WITHDRAWAL, SCOPE_REDUCTION, SCOPE_EXTENSION) names the certificate, who asked for it ({@code openedBy}: a user, or a
 * rule as "rule:&lt;name&gt;"), the {@code reason} with its facts and the requested {@code change}; it has an audit when one
 * is its evidence (the audit that lifts a suspension, and always the scope extension audit). A refused continuation shows in {@code change} what the refusal
 * did to the certificate. {@code sites} are every site the decision certifies; {@code visitedSites} the sample of them
 * the audit visited (null without an audit). A decision opened by an upheld appeal against a refusal names the refusal
 * it {@code reconsiders}; null for any other.
 */
public record DecisionView(UUID id, DecisionKind kind, Standard standard, DecisionStatus status, long version,
                           UUID auditId, UUID contractId, UUID programmeId, AuditType auditType, UUID clientId,
                           String clientName,
                           List<Standard> standards, String scope, List<Site> sites, List<Site> visitedSites,
                           List<TeamMember> team,
                           Map<FindingGrade, Integer> findingCounts, int openMajorNonconformities,
                           int minorNonconformitiesAwaitingAcceptance,
                           LocalDate nonconformitiesClosedOn, boolean readyForDecision, LocalDate lastDayOnSite,
                           Recommendation recommendation, Instant auditCompletedAt, TransferredCertificate transfer,
                           Instant openedAt, String openedBy, String reason, RequestedChange change,
                           String decidedBy, Instant decidedAt, LocalDate decisionDate, String rationale,
                           UUID certificateId, UUID reconsiders, List<Step> steps) {

    public record Step(DecisionStatus outcome, String decidedBy, Instant decidedAt, String rationale) {
    }
}
