package io.opencert.certificate;

import io.opencert.certificate.certificate.Certificate;
import io.opencert.certificate.rules.ScopedSite;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.decision.DecisionOpening;
import io.opencert.certificate.decision.DecisionService;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.decision.dto.GrantResult;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.changelog.ChangeLogEntry;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.events.EventPayload;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.certificate.CertificateExpiringV1;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.PlannedAuditDays;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;
import io.opencert.events.model.TeamRole;
import io.opencert.events.model.TransferredCertificate;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/**
 * Drives the service the way the platform does: audit reports arrive on the in-memory {@code audit-events} channel,
 * contracts on {@code client-events}, events leave on the {@code outbox} sink. Grants go straight to the service so that a test can look at the result
 * under another identity than the decision-maker's.
 */
@ApplicationScoped
public class Certification {
    public static final List<TeamMember> TEAM = List.of(
            new TeamMember("auditor1", "Ada Auditor", TeamRole.LEAD_AUDITOR),
            new TeamMember("auditor2", "Bert Auditor", TeamRole.AUDITOR));

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Inject
    DecisionService decisions;

    @Inject
    DecisionOpening opening;

    @Inject
    AdjustableClock clock;

    @Inject
    ChangeLog changeLog;

    /** The report of a completed audit of Example Services GmbH, audited by {@link #TEAM}. */
    public static AuditCompletedV1 auditCompleted(AuditType type, UUID clientId, int openMajorNonconformities) {
        return auditCompleted(type, clientId, "Example Services GmbH", List.of(Standard.ISO_IEC_20000_1_2018),
                openMajorNonconformities);
    }

    /** The report of a completed audit of this holder against these standards, audited by {@link #TEAM}. */
    public static AuditCompletedV1 auditCompleted(AuditType type, UUID clientId, String holder, List<Standard> standards,
                                                  int openMajorNonconformities) {
        return new AuditCompletedV1(UUID.randomUUID(), UUID.randomUUID(), clientId, holder, type,
                standards, "Operation of IT services for hospitals",
                List.of(new Site(UUID.randomUUID(), "Head office", "Vienna", "AT", true, 12),
                        new Site(UUID.randomUUID(), "Data centre", "Graz", "AT", false, 3)),
                TEAM,
                Map.of(FindingGrade.MAJOR_NONCONFORMITY, openMajorNonconformities,
                        FindingGrade.MINOR_NONCONFORMITY, 2, FindingGrade.OBSERVATION, 1),
                openMajorNonconformities, LocalDate.of(2026, 3, 12),
                openMajorNonconformities > 0 ? Recommendation.CERTIFY_AFTER_NONCONFORMITY_CLOSURE : Recommendation.CERTIFY,
                Instant.parse("2026-03-13T16:00:00Z"), null, null, null, null);
    }

    /** The report of an audit completed while {@code minors} of its minor nonconformities had no accepted plan. */
    public static AuditCompletedV1 withMinorsAwaitingAcceptance(AuditCompletedV1 audit, int minors) {
        return new AuditCompletedV1(audit.auditId(), audit.programmeId(), audit.clientId(), audit.clientName(),
                audit.type(), audit.standards(), audit.scope(), audit.sites(), audit.team(), audit.findingCounts(),
                audit.openMajorNonconformities(), audit.lastDayOnSite(), audit.recommendation(), audit.completedAt(),
                audit.coveredSites(), audit.nonconformitiesBySite(), minors, null);
    }

    /** The report of an audit that visited {@code visited}, a sample of the {@code covered} sites certified. */
    public static AuditCompletedV1 sampled(AuditCompletedV1 audit, List<Site> visited, List<Site> covered) {
        return new AuditCompletedV1(audit.auditId(), audit.programmeId(), audit.clientId(), audit.clientName(),
                audit.type(), audit.standards(), audit.scope(), visited, audit.team(), audit.findingCounts(),
                audit.openMajorNonconformities(), audit.lastDayOnSite(), audit.recommendation(), audit.completedAt(),
                covered, audit.nonconformitiesBySite(), audit.minorNonconformitiesAwaitingAcceptance(), null);
    }

    /**
     * The contract of a client that transfers its ISO/IEC 20000-1 certificate, valid until {@code expiry}, from another
     * body; {@code transfer} false: an ordinary contract.
     */
    public static ContractSignedV1 contractSigned(UUID clientId, String holder, LocalDate expiry, boolean transfer) {
        return contractSigned(clientId, holder, expiry, transfer, null, null);
    }

    /**
     * The contract of a transfer whose pre-transfer review, by {@code reviewedBy}, found {@code openMajors} of the
     * transferred certificate's open nonconformities major (both null: a contract from before they were recorded).
     */
    public static ContractSignedV1 transferContract(UUID clientId, String holder, LocalDate expiry, Integer openMajors,
                                                    String reviewedBy) {
        return contractSigned(clientId, holder, expiry, true, openMajors, reviewedBy);
    }

    private static ContractSignedV1 contractSigned(UUID clientId, String holder, LocalDate expiry, boolean transfer,
                                                   Integer openMajors, String reviewedBy) {
        return new ContractSignedV1(UUID.randomUUID(), clientId, holder, UUID.randomUUID(),
                List.of(Standard.ISO_IEC_20000_1_2018), "Operation of IT services for hospitals",
                List.of(new Site(UUID.randomUUID(), "Head office", "Vienna", "AT", true, 12)),
                List.of(new PlannedAuditDays(AuditType.SURVEILLANCE, new BigDecimal("1.0"))), List.of(),
                Instant.parse("2026-05-20T10:00:00Z"),
                transfer ? new TransferredCertificate("QS-20000-4711", "Other Cert AG", expiry, 2,
                        "Two minor nonconformities open, corrective action plans accepted", openMajors, reviewedBy) : null,
                null);
    }

    /** Delivers the event as the Kafka connector does and waits for its acknowledgement; the same id twice is a redelivery. */
    public void send(EventPayload payload, UUID eventId) {
        CloudEvents.deliver(connector, "audit-events", payload, eventId);
    }

    /** Delivers an event of scheduling-service as the Kafka connector does and waits for its acknowledgement. */
    public void sendScheduling(EventPayload payload, UUID eventId) {
        CloudEvents.deliver(connector, "scheduling-events", payload, eventId);
    }

    /** Delivers an event of client-service as the Kafka connector does and waits for its acknowledgement. */
    public void sendClient(EventPayload payload, UUID eventId) {
        CloudEvents.deliver(connector, "client-events", payload, eventId);
    }

    /** Sends the contract and waits until the decision on its transfer is open. */
    public DecisionView openTransfer(ContractSignedV1 contract) {
        sendClient(contract, UUID.randomUUID());
        return await().atMost(Duration.ofSeconds(15)).until(() -> decisionsOf(contract.clientId()).stream()
                .filter(decision -> decision.kind() == DecisionKind.TRANSFER).findFirst(), Optional::isPresent).get();
    }

    /** Every decision about the client, the oldest first. */
    public List<DecisionView> decisionsOf(UUID clientId) {
        return onVertx(() -> decisions.list(null, null, clientId, null, null, PageRequest.of(0, 10))).items();
    }

    /** Every decision on the audit (a surveillance may need two). */
    public List<DecisionView> decisionsOn(UUID auditId) {
        return onVertx(() -> decisions.list(null, null, null, auditId, null, PageRequest.of(0, 10))).items();
    }

    /** Sends the report and waits until its decision is open. */
    public DecisionView open(AuditCompletedV1 audit) {
        send(audit, UUID.randomUUID());
        return await().atMost(Duration.ofSeconds(15)).until(() -> decisionOn(audit.auditId()), decision -> decision != null);
    }

    public DecisionView decisionOn(UUID auditId) {
        List<DecisionView> found = decisionsOn(auditId);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** A certificate of a new client, granted by "decider" at noon of that day (the clock stays there). */
    public CertificateView certifiedOn(LocalDate day) {
        clock.setTo(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
        return certify(UUID.randomUUID()).certificate();
    }

    /** A stage 2 audit of the client, with no open major nonconformity, granted by "decider". */
    public GrantResult certify(UUID clientId) {
        return grant(auditCompleted(AuditType.STAGE_2, clientId, 0));
    }

    /** A stage 2 audit of the client under this name, with no open major nonconformity, granted by "decider". */
    public CertificateView certify(UUID clientId, String holder) {
        return grant(auditCompleted(AuditType.STAGE_2, clientId, holder, List.of(Standard.ISO_IEC_20000_1_2018), 0))
                .certificate();
    }

    /** The decision on this audit report, granted by "decider". */
    public GrantResult grant(AuditCompletedV1 audit) {
        DecisionView decision = open(audit);
        return onVertx(() -> decisions.grant(decision.id(), "decider", "The audit evidence supports the grant.",
                Map.of()));
    }

    /** Suspends the certificate by a SUSPENSION decision asked for by "staff" and granted by "decider". */
    public CertificateView suspend(UUID certificateId, SuspensionReason reason, String facts) {
        return change(certificateId, DecisionKind.SUSPENSION, reason, null, null, facts);
    }

    /** Reinstates the certificate by a REINSTATEMENT decision asked for by "staff" and granted by "decider". */
    public CertificateView reinstate(UUID certificateId, String facts) {
        return change(certificateId, DecisionKind.REINSTATEMENT, null, null, null, facts);
    }

    /** Withdraws the certificate by a WITHDRAWAL decision asked for by "staff" and granted by "decider". */
    public CertificateView withdraw(UUID certificateId, String facts) {
        return change(certificateId, DecisionKind.WITHDRAWAL, null, null, null, facts);
    }

    /**
     * The change asked for by "staff" and granted by "decider"; a grant that a rule refuses leaves no decision open
     * (the decider refuses it), so that the next change can be asked for.
     */
    public CertificateView change(UUID certificateId, DecisionKind kind, SuspensionReason reason, String scope,
                                  List<ScopedSite> sites, String facts) {
        DecisionView asked = onVertx(() -> opening.openForChange(certificateId, kind, reason, scope, sites, facts, "staff"));
        try {
            return onVertx(() -> decisions.grant(asked.id(), "decider", "The facts support the " + kind, Map.of()))
                    .certificate();
        } catch (AssertionError refused) {
            onVertx(() -> decisions.refuse(asked.id(), "decider", "A rule forbids the grant", null));
            throw refused;
        }
    }

    public List<CertificateIssuedV1> issuedEvents(UUID certificateId) {
        return published(certificateId, "cb.certificate.issued.v1", CertificateIssuedV1.class);
    }

    public List<CertificateExpiringV1> expiringEvents(UUID certificateId) {
        return published(certificateId, "cb.certificate.expiring.v1", CertificateExpiringV1.class);
    }

    /** The events of this type sent about the subject, oldest first, once the relay sent at least one. */
    public <T extends EventPayload> List<T> awaitPublished(UUID subject, String type, Class<T> payload) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> published(subject, type, payload),
                sent -> !sent.isEmpty());
    }

    /** The events of this type sent about the subject, oldest first. */
    public <T extends EventPayload> List<T> published(UUID subject, String type, Class<T> payload) {
        List<? extends Message<String>> sent = List.copyOf(connector.<String>sink("outbox").received());
        return sent.stream()
                .filter(message -> CloudEvents.attributes(message).getType().equals(type))
                .filter(message -> CloudEvents.attributes(message).getSubject().equals(Optional.of(subject.toString())))
                .map(message -> CloudEvents.data(message, payload))
                .toList();
    }

    /** Who changed the certificate, when and how, oldest first. */
    public List<ChangeLogEntry> history(UUID certificateId) {
        return onVertx(() -> Panache.withSession(() -> changeLog.history(Certificate.ENTITY, certificateId)));
    }

    /** Who took which step of the decision, when, oldest first. */
    public List<ChangeLogEntry> decisionHistory(UUID decisionId) {
        return onVertx(() -> Panache.withSession(() -> changeLog.history("CertificationDecision", decisionId)));
    }

    /** The rule (problem type slug) that refuses the work, null if it succeeds; fails if it fails otherwise. */
    public static <T> String refusedBy(Supplier<Uni<T>> work) {
        try {
            onVertx(work);
        } catch (AssertionError failed) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof ProblemException problem) {
                    return problem.toProblem(null).type().toString().substring(Problem.TYPE_BASE.length());
                }
            }
            throw failed;
        }
        return null;
    }

    /** Hibernate Reactive needs a Vert.x context; a test thread has none. */
    public static <T> T onVertx(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }
}
