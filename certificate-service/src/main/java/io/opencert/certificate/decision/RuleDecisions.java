package io.opencert.certificate.decision;

import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.certificate.Certificate;
import io.opencert.certificate.certificate.CertificateChanges;
import io.opencert.certificate.certificate.CertificateIssuance;
import io.opencert.certificate.certificate.CertificateQueries;
import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.rules.CertificateLifecycle;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.certificate.rules.CertificationRule;
import io.opencert.certificate.rules.DecisionRules;
import io.opencert.certificate.rules.Stage2Repetition;
import io.opencert.events.audit.MajorNonconformityOverdueV1;
import io.opencert.events.audit.Stage2RepetitionRequiredV1;
import io.opencert.events.model.Standard;
import io.opencert.events.scheduling.SurveillanceOverdueV1;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Rules that change a certificate on their own take a decision too: opened and granted at once, with the rule as its
 * author and the rule's text as its rationale, so the certificate's history is a chain of decisions all the same. A
 * rule that only calls for a change opens the decision for a decision-maker to take.
 */
@ApplicationScoped
public class RuleDecisions {
    /** The author of the suspension for a surveillance audit not held in time (ISO/IEC 17021-1, 9.6.5.1). */
    public static final String MISSED_SURVEILLANCE = "rule:missed-surveillance";
    /** Who asks for a suspension when a major nonconformity was not corrected by its deadline. */
    public static final String UNCORRECTED_MAJOR_NONCONFORMITY = "rule:uncorrected-major-nonconformity";
    /** Who holds a stage 2's certification decision for a repeated stage 2 (ISO/IEC 17021-1, 9.5.3.2). */
    public static final String STAGE_2_NOT_VERIFIED_IN_TIME = "rule:" + CertificationRule.STAGE_2_MAJOR_NOT_VERIFIED_IN_TIME.slug();
    /** The author of the withdrawal of a certificate suspended for longer than the suspension may last. */
    public static final String SUSPENSION_RAN_OUT = "rule:suspension-ran-out";

    private static final Logger LOG = Logger.getLogger(RuleDecisions.class);

    private final CertificateQueries certificates;
    private final CertificateIssuance issuance;
    private final CertificateChanges changes;
    private final ChangeLog changeLog;
    private final Clock clock;

    RuleDecisions(CertificateQueries certificates, CertificateIssuance issuance, CertificateChanges changes,
                  ChangeLog changeLog, Clock clock) {
        this.certificates = certificates;
        this.issuance = issuance;
        this.changes = changes;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Suspends the certificate whose surveillance audit is overdue (reason MISSED_SURVEILLANCE). Runs in the
     * consumer's inbox transaction. A certificate that is no longer active, or past its expiry date, stays as it is:
     * the notice may come late, or twice for different audits.
     */
    public Uni<Void> suspendForMissedSurveillance(SurveillanceOverdueV1 overdue) {
        return certificates.maintainedBy(overdue.certificateId(), overdue.programmeId(), overdue.clientId())
                .flatMap(certificate -> {
                    if (certificate == null) {
                        LOG.warnf("surveillance audit %s overdue, but no certificate of programme %s is known",
                                overdue.auditId(), overdue.programmeId());
                        return Uni.createFrom().voidItem();
                    }
                    LocalDate today = LocalDate.now(clock);
                    Uni<Void> adopted = issuance.adoptProgramme(certificate.id(), overdue.programmeId(),
                            Certificate.SYSTEM);
                    if (certificate.status() != CertificateStatus.ACTIVE || today.isAfter(certificate.expiryDate())) {
                        LOG.infof("surveillance audit %s overdue; certificate %s is %s, not suspended again",
                                overdue.auditId(), certificate.number(), certificate.status());
                        return adopted;
                    }
                    String facts = "Surveillance audit " + overdue.auditId() + " was due by " + overdue.dueBy()
                            + " and was not held";
                    return adopted.flatMap(ignored -> take(DecisionOpening.change(DecisionKind.SUSPENSION, certificate,
                                    SuspensionReason.MISSED_SURVEILLANCE, null, null), certificate, MISSED_SURVEILLANCE,
                            facts, "ISO/IEC 17021-1, 9.6.5.1: a certificate is suspended when the surveillance audits "
                                    + "are not allowed to be held at the required frequency. Booking and holding the "
                                    + "overdue audit within " + CertificateLifecycle.MAX_SUSPENSION_MONTHS
                                    + " months lets a decision-maker reinstate it; otherwise it is withdrawn."))
                            .flatMap(decision -> changes.suspend(certificate.id(), today,
                                    SuspensionReason.MISSED_SURVEILLANCE, facts, MISSED_SURVEILLANCE, decision))
                            .replaceWithVoid();
                });
    }

    /**
     * A major nonconformity of a surveillance or recertification audit was not corrected by its deadline: a SUSPENSION
     * decision (UNRESOLVED_MAJOR_NONCONFORMITY) is opened on the holder's active certificate, for a decision-maker to
     * grant or refuse. Runs in the consumer's inbox transaction. Nothing is opened for a certificate that is not
     * active, nor while another change of it waits for its decision.
     */
    public Uni<Void> askSuspensionForUncorrectedMajor(MajorNonconformityOverdueV1 overdue) {
        Standard standard = DecisionRules.standardToCertify(DecisionKind.SUSPENSION, overdue.type(), overdue.standards());
        return certificates.liveOf(overdue.clientId(), standard).flatMap(certificate -> {
            if (certificate == null || certificate.status() != CertificateStatus.ACTIVE) {
                LOG.infof("major nonconformities of audit %s overdue; no active %s certificate of client %s to suspend",
                        overdue.auditId(), standard.title(), overdue.clientId());
                return Uni.createFrom().voidItem();
            }
            return DecisionOpening.pendingChange(certificate.id()).flatMap(pending -> {
                if (pending != null) {
                    LOG.infof("major nonconformities of audit %s overdue; the %s decision on certificate %s comes first",
                            overdue.auditId(), pending.kind, certificate.number());
                    return Uni.createFrom().voidItem();
                }
                String facts = overdue.type() + " audit " + overdue.auditId() + ": major nonconformity(ies) "
                        + overdue.nonconformities().stream().map(nc -> nc.clause() + " (" + nc.status() + ")")
                        .collect(Collectors.joining(", ")) + " not corrected and verified by " + overdue.deadline();
                Decision decision = Decision.openForChange(DecisionOpening.change(DecisionKind.SUSPENSION, certificate,
                                SuspensionReason.UNRESOLVED_MAJOR_NONCONFORMITY, null, null), certificate.id(),
                        certificate.clientId(), UNCORRECTED_MAJOR_NONCONFORMITY, facts, null, clock.instant());
                return decision.persist().flatMap(ignored -> changeLog.record(UNCORRECTED_MAJOR_NONCONFORMITY,
                        DecisionOpening.ENTITY, decision.id, "opened", "SUSPENSION of certificate "
                                + certificate.number() + " asked for by rule: " + facts));
            });
        });
    }

    /**
     * A major nonconformity of stage 2 was not verified within 6 months of its last day: the certification decision on
     * that stage 2, while still to be made, can from now on only be refused ({@link Stage2Repetition}). Runs in the
     * consumer's inbox transaction; a decision already made stays as it is.
     */
    public Uni<Void> awaitRepeatedStage2(Stage2RepetitionRequiredV1 required) {
        return Decision.<Decision>list("auditId = ?1 and kind = ?2", required.auditId(), DecisionKind.CERTIFICATION)
                .flatMap(found -> {
                    List<Decision> pending = found.stream().filter(decision -> decision.status.pending()).toList();
                    if (pending.isEmpty()) {
                        LOG.infof("stage 2 %s is to be repeated; no certification decision on it is still to be made",
                                required.auditId());
                    }
                    return Multi.createFrom().iterable(pending)
                            .onItem().transformToUniAndConcatenate(decision -> {
                                decision.awaitRepeatedStage2(required);
                                return changeLog.record(STAGE_2_NOT_VERIFIED_IN_TIME, DecisionOpening.ENTITY,
                                        decision.id, "stage-2-repetition-required", decision.reason);
                            })
                            .collect().asList()
                            .replaceWithVoid();
                });
    }

    /**
     * Withdraws a certificate whose suspension ran out without a reinstatement, on the day after its last day. Runs
     * in the caller's transaction.
     */
    public Uni<CertificateView> withdrawRunOut(CertificateView certificate, LocalDate withdrawnOn) {
        String facts = "Suspended (" + certificate.suspensionReason() + ") beyond " + certificate.suspendedUntil()
                + ", the longest a suspension may last, without being reinstated";
        return take(DecisionOpening.change(DecisionKind.WITHDRAWAL, certificate, null, null, null), certificate,
                SUSPENSION_RAN_OUT, facts, "ISO/IEC 17021-1, 9.6.5: a suspension lasts at most "
                        + CertificateLifecycle.MAX_SUSPENSION_MONTHS + " months; unresolved, the certificate is withdrawn.")
                .flatMap(decision -> changes.withdraw(certificate.id(), withdrawnOn, facts, SUSPENSION_RAN_OUT, decision));
    }

    /** Opens the decision and grants it at once, by the rule; returns its id for the change and its event. */
    private Uni<UUID> take(RequestedChange change, CertificateView certificate, String rule, String facts,
                           String rationale) {
        Instant now = clock.instant();
        Decision decision = Decision.openForChange(change, certificate.id(), certificate.clientId(), rule, facts, null,
                now);
        DecisionStep step = decision.decide(DecisionStatus.GRANTED, rule, now, rationale, certificate.id());
        return decision.persist()
                .flatMap(ignored -> step.persist())
                .flatMap(ignored -> changeLog.record(rule, DecisionOpening.ENTITY, decision.id, "granted",
                        change.kind() + " of certificate " + certificate.number() + " by rule: " + facts))
                .replaceWith(decision.id);
    }
}
