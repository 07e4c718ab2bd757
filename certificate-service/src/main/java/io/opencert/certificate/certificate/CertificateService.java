package io.opencert.certificate.certificate;

import io.opencert.certificate.QueryFilter;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.certificate.dto.LifecycleRun;
import io.opencert.certificate.rules.CertificateLifecycle;
import io.opencert.certificate.rules.CertificateLifecycle.Action;
import io.opencert.certificate.rules.CertificateLifecycle.Transition;
import io.opencert.certificate.rules.CertificateValidity;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.events.EventPayload;
import io.opencert.events.certificate.CertificateExpiredV1;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class CertificateService {
    /** The entity type of a certificate in the change log. */
    public static final String ENTITY = "Certificate";

    private final ChangeLog changeLog;
    private final Outbox outbox;
    private final Clock clock;

    CertificateService(ChangeLog changeLog, Outbox outbox, Clock clock) {
        this.changeLog = changeLog;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Issues revision 1 of a certificate, effective on the decision date, and announces it. Runs in the transaction
     * of the decision that grants certification, so the decision, the certificate and the event commit together.
     */
    public Uni<CertificateView> issue(NewCertificate grant, String issuedBy) {
        return nextNumber(grant.decisionDate()).flatMap(number -> {
            Certificate certificate = new Certificate();
            certificate.id = UUID.randomUUID();
            certificate.number = number;
            certificate.revision = 1;
            certificate.status = CertificateStatus.ACTIVE;
            certificate.clientId = grant.clientId();
            certificate.holderName = grant.holderName();
            certificate.standard = grant.standard();
            certificate.scope = grant.scope();
            certificate.sites.addAll(grant.sites().stream().map(CertifiedSite::of).toList());
            certificate.decisionId = grant.decisionId();
            certificate.auditId = grant.auditId();
            certificate.programmeId = grant.programmeId();
            certificate.originalCertificationDate = grant.decisionDate();
            certificate.issueDate = grant.decisionDate();
            certificate.expiryDate = CertificateValidity.expiryDate(grant.decisionDate());
            certificate.issuedAt = clock.instant();
            certificate.statusSince = certificate.issueDate;
            return certificate.persist()
                    .flatMap(ignored -> changeLog.record(issuedBy, ENTITY, certificate.id, "issued",
                            "certificate " + number + " revision 1 for " + certificate.standard.title()
                                    + ", valid until " + certificate.expiryDate))
                    .flatMap(ignored -> outbox.record(issued(certificate, grant.decisionDate())))
                    .map(ignored -> view(certificate));
        });
    }

    @WithSession
    public Uni<Page<CertificateView>> list(UUID clientId, CertificateStatus status, PageRequest page) {
        QueryFilter filter = new QueryFilter().equal("clientId", clientId).equal("status", status);
        return Page.of(Certificate.find(filter.query(), Sort.descending("issuedAt").and("number"), filter.parameters()),
                page, CertificateService::view);
    }

    @WithSession
    public Uni<CertificateView> get(UUID id) {
        return Certificate.<Certificate>findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundProblem(notFound(id)))
                .map(CertificateService::view);
    }

    @WithSession
    public Uni<CertificateView> findByNumber(String number) {
        return Certificate.<Certificate>find("number", number.trim().toUpperCase(Locale.ROOT)).firstResult()
                .onItem().ifNull().failWith(() -> new NotFoundProblem(
                        "No certificate with the number " + number + " is in the register."))
                .map(CertificateService::view);
    }

    /** Active certificates whose last day of validity falls between the two dates (inclusive). */
    @WithSession
    public Uni<List<CertificateView>> activeExpiringBetween(LocalDate from, LocalDate to) {
        return Certificate.<Certificate>list("status = ?1 and expiryDate between ?2 and ?3 order by expiryDate, number",
                        CertificateStatus.ACTIVE, from, to)
                .map(list -> list.stream().map(CertificateService::view).toList());
    }

    /** Suspends an active certificate for at most 6 months; the change, its log entry and the event commit together. */
    @WithTransaction
    public Uni<CertificateView> suspend(UUID id, SuspensionReason reason, String note, String actor) {
        return load(id).flatMap(certificate -> {
            LocalDate today = LocalDate.now(clock);
            Transition transition = CertificateLifecycle.apply(certificate.status, Action.SUSPEND, today,
                    certificate.expiryDate);
            certificate.status = transition.status();
            certificate.statusSince = today;
            certificate.suspensionReason = reason;
            certificate.suspendedUntil = transition.suspendedUntil();
            certificate.statusNote = note;
            return save(certificate, actor, "suspended", "suspended for " + reason + " until "
                            + certificate.suspendedUntil + ": " + note,
                    new CertificateSuspendedV1(certificate.id, certificate.number, certificate.clientId, reason.name(),
                            today, certificate.suspendedUntil));
        });
    }

    /** Ends a suspension: the certificate is valid again until its unchanged expiry date. */
    @WithTransaction
    public Uni<CertificateView> reinstate(UUID id, String note, String actor) {
        return load(id).flatMap(certificate -> {
            LocalDate today = LocalDate.now(clock);
            CertificateLifecycle.apply(certificate.status, Action.REINSTATE, today, certificate.expiryDate);
            SuspensionReason reason = certificate.suspensionReason;
            toStatus(certificate, CertificateStatus.ACTIVE, today, note);
            return save(certificate, actor, "reinstated", "reinstated (was suspended for " + reason + "): " + note,
                    new CertificateReinstatedV1(certificate.id, certificate.number, certificate.clientId, today,
                            certificate.expiryDate));
        });
    }

    /** Withdraws an active or suspended certificate for good. */
    @WithTransaction
    public Uni<CertificateView> withdraw(UUID id, String note, String actor) {
        return load(id).flatMap(certificate -> {
            LocalDate today = LocalDate.now(clock);
            CertificateLifecycle.apply(certificate.status, Action.WITHDRAW, today, certificate.expiryDate);
            return withdrawOn(certificate, today, note, actor);
        });
    }

    /**
     * The daily lifecycle run: certificates past their expiry date expire, suspensions that ran out end in withdrawal,
     * whichever came first. The dates are those of the facts, not of the run, so a late run changes nothing but the
     * time it happens.
     */
    @WithTransaction
    public Uni<LifecycleRun> expireAndWithdrawDue(String actor) {
        LocalDate today = LocalDate.now(clock);
        return Certificate.<Certificate>list("(status in ?1 and expiryDate < ?2) or (status = ?3 and suspendedUntil < ?2) "
                                + "order by expiryDate, number",
                        List.of(CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED), today, CertificateStatus.SUSPENDED)
                .flatMap(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(certificate -> runOut(certificate, today, actor))
                        .collect().asList())
                .map(changes -> new LifecycleRun(today,
                        changes.stream().filter(change -> change.status() == CertificateStatus.EXPIRED).toList(),
                        changes.stream().filter(change -> change.status() == CertificateStatus.WITHDRAWN).toList()));
    }

    private Uni<LifecycleRun.Change> runOut(Certificate certificate, LocalDate today, String actor) {
        boolean suspensionRanOutFirst = certificate.status == CertificateStatus.SUSPENDED
                && CertificateLifecycle.suspensionRunOut(certificate.suspendedUntil, today)
                && !certificate.expiryDate.isBefore(certificate.suspendedUntil);
        Uni<CertificateView> changed;
        if (suspensionRanOutFirst) {
            LocalDate withdrawnOn = certificate.suspendedUntil.plusDays(1);
            CertificateLifecycle.apply(certificate.status, Action.WITHDRAW, withdrawnOn, certificate.expiryDate);
            changed = withdrawOn(certificate, withdrawnOn, "Suspended (" + certificate.suspensionReason
                    + ") beyond " + certificate.suspendedUntil + ", the longest a suspension may last, without being "
                    + "reinstated", actor);
        } else {
            LocalDate expiredOn = certificate.expiryDate.plusDays(1);
            CertificateLifecycle.apply(certificate.status, Action.EXPIRE, expiredOn, certificate.expiryDate);
            String note = "Expired after " + certificate.expiryDate + " without recertification";
            toStatus(certificate, CertificateStatus.EXPIRED, expiredOn, note);
            changed = save(certificate, actor, "expired", note, new CertificateExpiredV1(certificate.id,
                    certificate.number, certificate.clientId, certificate.expiryDate, expiredOn));
        }
        return changed.map(view -> new LifecycleRun.Change(view.id(), view.number(), view.status(), view.statusSince()));
    }

    private Uni<CertificateView> withdrawOn(Certificate certificate, LocalDate withdrawnOn, String reason, String actor) {
        toStatus(certificate, CertificateStatus.WITHDRAWN, withdrawnOn, reason);
        return save(certificate, actor, "withdrawn", "withdrawn: " + reason,
                new CertificateWithdrawnV1(certificate.id, certificate.number, certificate.clientId, reason, withdrawnOn));
    }

    private static void toStatus(Certificate certificate, CertificateStatus status, LocalDate since, String note) {
        certificate.status = status;
        certificate.statusSince = since;
        certificate.suspensionReason = null;
        certificate.suspendedUntil = null;
        certificate.statusNote = note;
    }

    private Uni<CertificateView> save(Certificate certificate, String actor, String action, String details,
                                      EventPayload event) {
        return certificate.<Certificate>persistAndFlush()
                .flatMap(ignored -> changeLog.record(actor, ENTITY, certificate.id, action, details))
                .flatMap(ignored -> outbox.record(event))
                .map(ignored -> view(certificate));
    }

    private static Uni<Certificate> load(UUID id) {
        return Certificate.<Certificate>findById(id).onItem().ifNull().failWith(() -> new NotFoundProblem(notFound(id)));
    }

    /** The one detail for "missing" and "not yours", so that a client user cannot probe ids. */
    public static String notFound(UUID id) {
        return "Certificate " + id + " not found.";
    }

    /** CB-2026-000042: the year of the decision, then a number the database never hands out twice. */
    private static Uni<String> nextNumber(LocalDate decisionDate) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("SELECT nextval('certificate_number_seq')", Long.class)
                        .getSingleResult())
                .map(sequence -> "CB-%d-%06d".formatted(decisionDate.getYear(), sequence));
    }

    private static CertificateIssuedV1 issued(Certificate certificate, LocalDate decisionDate) {
        return new CertificateIssuedV1(certificate.id, certificate.number, certificate.revision, certificate.clientId,
                certificate.holderName, certificate.standard, certificate.scope,
                certificate.sites.stream().map(CertifiedSite::toSite).toList(), certificate.decisionId,
                certificate.auditId, certificate.programmeId, decisionDate, certificate.originalCertificationDate,
                certificate.issueDate, certificate.expiryDate, certificate.issuedAt);
    }

    private static CertificateView view(Certificate certificate) {
        return new CertificateView(certificate.id, certificate.number, certificate.revision, certificate.status,
                certificate.version, certificate.clientId, certificate.holderName,
                certificate.standard, certificate.standard.title(), certificate.scope,
                certificate.sites.stream().map(CertifiedSite::toSite).toList(), certificate.decisionId,
                certificate.auditId, certificate.programmeId, certificate.originalCertificationDate,
                certificate.issueDate, certificate.expiryDate, certificate.issuedAt, certificate.statusSince,
                certificate.suspensionReason, certificate.suspendedUntil);
    }
}
