package io.opencert.certificate.rules;

import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What ISO/IEC 17021-1 requires before certification may be granted. */
public final class DecisionRules {
    /**
     * The decision an audit needs: certification after stage 2 (a repeated one too) or a cloud extension; continuation
     * after surveillance and after a special audit at short notice (ISO/IEC 17021-1 9.6.4.2: held on a certified client,
     * it decides whether the certificate stands; on a suspended one it is a reinstatement instead, see
     * {@link #liftsSuspension}); renewal after recertification; the extension after a scope extension audit. Other
     * audits need none.
     */
    public static Optional<DecisionKind> kindOf(AuditType type) {
        return switch (type) {
            case STAGE_2, CLOUD_EXTENSION -> Optional.of(DecisionKind.CERTIFICATION);
            case SURVEILLANCE, SPECIAL -> Optional.of(DecisionKind.CONTINUATION);
            case RECERTIFICATION -> Optional.of(DecisionKind.RENEWAL);
            case SCOPE_EXTENSION -> Optional.of(DecisionKind.SCOPE_EXTENSION);
            case PRE_ASSESSMENT, SYSTEM_AND_RISK_REVIEW, STAGE_1 -> Optional.empty();
        };
    }

    /**
     * The decisions an audit needs, each of {@link #kindOf its kind}; a surveillance that also audited cloud services
     * (ISO/IEC TR 20000-9) of a client without a live cloud certificate is the cloud extension done with the
     * surveillance, so it needs a certification decision for the cloud standard besides the continuation.
     */
    public static List<DecisionKind> kindsOf(AuditType type, List<Standard> standards, boolean holdsLiveCloudCertificate) {
        List<DecisionKind> kinds = new ArrayList<>(kindOf(type).stream().toList());
        if (type == AuditType.SURVEILLANCE && standards.contains(Standard.ISO_IEC_TR_20000_9_2015)
                && !holdsLiveCloudCertificate) {
            kinds.add(DecisionKind.CERTIFICATION);
        }
        return List.copyOf(kinds);
    }

    /**
     * Whether an audit of this type, completed while the holder's certificate is suspended, is the one that may lift the
     * suspension (the overdue surveillance, or a special audit): its outcome is decided as a reinstatement instead.
     */
    public static boolean liftsSuspension(AuditType type) {
        return type == AuditType.SURVEILLANCE || type == AuditType.SPECIAL;
    }

    /**
     * The standard a decision of this kind on this audit is about: a certification after a cloud extension or a
     * surveillance certifies the cloud service; otherwise the ISO/IEC 20000-1 edition named (or the first named).
     */
    public static Standard standardToCertify(DecisionKind kind, AuditType type, List<Standard> standards) {
        boolean cloudAudit = type == AuditType.CLOUD_EXTENSION || type == AuditType.SURVEILLANCE;
        if (kind == DecisionKind.CERTIFICATION && cloudAudit && standards.contains(Standard.ISO_IEC_TR_20000_9_2015)) {
            return Standard.ISO_IEC_TR_20000_9_2015;
        }
        return standards.stream().filter(CloudCertification::isBase).findFirst().orElse(standards.getFirst());
    }

    /** Throws the {@link RuleViolation} of the first rule the grant would break. */
    public static void requireMayGrant(String decisionMaker, Collection<TeamMember> cycleTeams,
                                       int openMajorNonconformities) {
        requireIndependent(decisionMaker, cycleTeams);
        requireNoOpenMajorNonconformity(openMajorNonconformities);
    }

    /** A grant waits until every major nonconformity of the audit it rests on is closed. */
    public static void requireNoOpenMajorNonconformity(int openMajorNonconformities) {
        if (openMajorNonconformities > 0) {
            throw new RuleViolation(CertificationRule.OPEN_MAJOR_NONCONFORMITY,
                    "ISO/IEC 17021-1, 9.5.2: before certification is granted, the correction and corrective action of "
                            + "every major nonconformity must be reviewed, accepted and verified as effective; "
                            + openMajorNonconformities + " major nonconformity(ies) of this audit are still open. "
                            + "The decision waits until audit-service reports them closed.");
        }
    }

    /**
     * A grant also waits until the team accepted the correction and corrective-action plan of every minor
     * nonconformity; their verification may follow at the next audit.
     */
    public static void requireMinorPlansAccepted(int minorNonconformitiesAwaitingAcceptance) {
        if (minorNonconformitiesAwaitingAcceptance > 0) {
            throw new RuleViolation(CertificationRule.MINOR_NONCONFORMITY_PLAN_NOT_ACCEPTED,
                    "ISO/IEC 17021-1, 9.5.3.1: before certification is granted, the client's correction and "
                            + "corrective-action plan of every minor nonconformity must be reviewed and accepted; "
                            + minorNonconformitiesAwaitingAcceptance + " minor nonconformity(ies) of this audit await "
                            + "that. The decision waits until audit-service reports them settled.");
        }
    }

    /**
     * Any step of a decision (grant, refusal, request for information) is taken by someone who was on the team of no
     * audit the decision rests on: every audit of its certification cycle (for a certification, stage 1 and stage 2).
     */
    public static void requireIndependent(String decisionMaker, Collection<TeamMember> cycleTeams) {
        cycleTeams.stream()
                .filter(member -> member.username().equalsIgnoreCase(decisionMaker))
                .findFirst()
                .ifPresent(member -> {
                    throw new RuleViolation(CertificationRule.DECISION_MAKER_ON_AUDIT_TEAM,
                            "ISO/IEC 17021-1, 9.5.1.2: decisions are made by persons who did not carry out the audits "
                                    + "they rest on. " + decisionMaker + " was on the team of an audit of this "
                                    + "certification cycle as " + member.role() + "; another decision-maker has to decide.");
                });
    }

    /** How long after a consultancy its consultant stays away from the client's certification. */
    public static final int COOLING_OFF_YEARS = 2;

    /** A consultancy the impartiality register lists for the client: who, from when, to when (empty: ongoing). */
    public record Consultancy(String username, LocalDate from, LocalDate to) {
        /** Whether it counts on {@code day}: begun, and ongoing or ended less than 2 years before. */
        boolean countsOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || to.isAfter(day.minusYears(COOLING_OFF_YEARS)));
        }
    }

    /**
     * Nobody who consulted the client within the last 2 years, as the impartiality register lists it, takes a step of
     * a decision on its certification (ISO/IEC 17021-1, 5.2 and 9.5).
     */
    public static void requireImpartial(String decisionMaker, Collection<Consultancy> listedForClient, LocalDate today) {
        listedForClient.stream()
                .filter(consultancy -> consultancy.username().equalsIgnoreCase(decisionMaker) && consultancy.countsOn(today))
                .findFirst()
                .ifPresent(consultancy -> {
                    throw new RuleViolation(CertificationRule.DECISION_MAKER_NOT_IMPARTIAL,
                            "ISO/IEC 17021-1, 5.2 and 9.5: " + decisionMaker + " consulted this client ("
                                    + consultancy.from() + (consultancy.to() == null ? ", ongoing" : " to " + consultancy.to())
                                    + ", impartiality register) within the last " + COOLING_OFF_YEARS
                                    + " years; another decision-maker has to decide.");
                });
    }

    private DecisionRules() {
    }
}
