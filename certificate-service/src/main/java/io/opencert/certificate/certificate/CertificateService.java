package io.opencert.certificate.certificate;

import io.opencert.certificate.QueryFilter;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.certificate.dto.ExpiringCertificate;
import io.opencert.certificate.certificate.dto.LifecycleRun;
import io.opencert.certificate.certificate.dto.RevisionView;
import io.opencert.certificate.licence.LicenceService;
import io.opencert.certificate.rules.CertificateLifecycle;
import io.opencert.certificate.rules.CertificateNumbers;
import io.opencert.certificate.rules.CertificateLifecycle.Action;
import io.opencert.certificate.rules.CertificateLifecycle.Transition;
import io.opencert.certificate.rules.CertificateValidity;
import io.opencert.certificate.rules.CloudCertification;
import io.opencert.certificate.rules.CloudCertification.HeldCertificate;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.EventPayload;
import io.opencert.events.certificate.CertificateExpiredV1;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateRenewedV1;
import io.opencert.events.certificate.CertificateRevisedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.opencert.events.model.Standard;
import io.opencert.events.scheduling.SurveillanceOverdueV1;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class CertificateService {
    /** The entity type of a certificate in the change log. */
    public static final String ENTITY = "Certificate";
    /** The actor of changes this service makes on its own, on another service's event or a rule. */
    public static final String SYSTEM = "certificate-service";

    private static final Logger LOG = Logger.getLogger(CertificateService.class);
    private static final List<CertificateStatus> LIVE = List.of(CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED);

    private final ChangeLog changeLog;
    private final Outbox outbox;
    private final Clock clock;
    private final LicenceService licences;
    private final CertificateNumbers numbers;

    CertificateService(ChangeLog changeLog, Outbox outbox, Clock clock, LicenceService licences,
                       @ConfigProperty(name = "cb.certificate.number-pattern") String numberPattern) {
        this.changeLog = changeLog;
        this.outbox = outbox;
        this.clock = clock;
        this.licences = licences;
        this.numbers = new CertificateNumbers(numberPattern);
    }

    /**
     * Issues revision 1 of a certificate with its licence, effective on the decision date, and announces it. Runs in
     * the transaction of the decision that grants certification, so decision, certificate and event commit together.
     * A cloud certificate needs a valid ISO/IEC 20000-1 certificate of the holder and expires no later than it.
     */
    public Uni<CertificateView> issue(NewCertificate grant, String issuedBy) {
        return expiryFor(grant.standard(), grant.clientId(), grant.decisionDate(), grant.expiryDate())
                .flatMap(expiry -> nextNumber(grant.decisionDate()).flatMap(number -> {
                    Certificate certificate = new Certificate();
                    certificate.id = UUID.randomUUID();
                    certificate.number = number;
                    certificate.revision = 1;
                    certificate.cycle = 1;
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
                    certificate.expiryDate = expiry;
                    certificate.issuedAt = clock.instant();
                    certificate.statusSince = certificate.issueDate;
                    return certificate.persist()
                            .flatMap(ignored -> CertificateRevision.of(certificate, RevisionReason.INITIAL, issuedBy,
                                    certificate.issuedAt).persist())
                            .flatMap(ignored -> licences.grant(certificate.id, number, certificate.clientId,
                                    certificate.issueDate, issuedBy))
                            .flatMap(ignored -> changeLog.record(issuedBy, ENTITY, certificate.id, "issued",
                                    "certificate " + number + " revision 1 for " + certificate.standard.title()
                                            + ", valid until " + certificate.expiryDate))
                            .flatMap(ignored -> outbox.record(issued(certificate, grant.decisionDate())))
                            .map(ignored -> view(certificate));
                }));
    }

    /**
     * The holder's certificate for the standard that a surveillance continues or a recertification renews: the newest
     * that was not withdrawn. Runs in the caller's session.
     */
    public Uni<CertificateView> currentOf(UUID clientId, Standard standard) {
        return Certificate.<Certificate>find("clientId = ?1 and standard = ?2 and status <> ?3",
                        Sort.descending("issuedAt"), clientId, standard, CertificateStatus.WITHDRAWN).firstResult()
                .onItem().ifNull().failWith(() -> new RuleViolation("no-current-certificate",
                        "No certificate to continue or renew",
                        "The holder has no " + standard.title() + " certificate that is not withdrawn; certification "
                                + "starts again with an initial audit."))
                .map(CertificateService::view);
    }

    /** Whether the holder has an active or suspended certificate for the standard. Runs in the caller's session. */
    public Uni<Boolean> holdsLive(UUID clientId, Standard standard) {
        return live(clientId, standard).map(found -> !found.isEmpty());
    }

    /**
     * Renews the certificate for a new cycle on a granted recertification decision: same number and original
     * certification date, a new revision, issue date and expiry date. An expired certificate is restored this way
     * within 6 months of its expiry. Runs in the transaction of the decision.
     */
    public Uni<CertificateView> renew(UUID id, Renewal renewal, String actor) {
        return load(id).flatMap(certificate -> {
            LocalDate on = renewal.decisionDate();
            CertificateLifecycle.apply(certificate.status, Action.RENEW, on, certificate.expiryDate);
            boolean restored = certificate.status != CertificateStatus.ACTIVE;
            return expiryFor(certificate.standard, certificate.clientId, on, CertificateValidity.expiryDate(on))
                    .flatMap(expiry -> {
                        certificate.revision++;
                        certificate.cycle++;
                        certificate.holderName = renewal.holderName();
                        certificate.scope = renewal.scope();
                        replaceSites(certificate, renewal.sites());
                        certificate.decisionId = renewal.decisionId();
                        certificate.auditId = renewal.auditId();
                        certificate.programmeId = renewal.programmeId();
                        certificate.issueDate = on;
                        certificate.expiryDate = expiry;
                        certificate.issuedAt = clock.instant();
                        if (restored) {
                            toStatus(certificate, CertificateStatus.ACTIVE, on, "restored by recertification");
                        }
                        return CertificateRevision.of(certificate, RevisionReason.RENEWAL, actor, certificate.issuedAt)
                                .persist()
                                .flatMap(ignored -> restored
                                        ? licences.restore(certificate.id, on, "certificate restored by recertification", actor)
                                        : Uni.createFrom().voidItem())
                                .flatMap(ignored -> save(certificate, actor, restored ? "restored" : "renewed",
                                        "revision " + certificate.revision + ", cycle " + certificate.cycle
                                                + ", valid until " + certificate.expiryDate,
                                        renewed(certificate, on)));
                    });
        });
    }

    /**
     * A granted renewal on a recertification that also audited the cloud services renews the holder's certificates
     * of that standard that may be renewed (active, or expired and still restorable) with the same audit. Runs in the
     * transaction of the decision, after the base certificate's renewal: a cloud certificate expires no later than it.
     */
    public Uni<Void> renewRenewable(UUID clientId, Standard standard, Renewal renewal, String actor) {
        return Certificate.<Certificate>list("clientId = ?1 and standard = ?2 and status in ?3 order by number", clientId,
                        standard, List.of(CertificateStatus.ACTIVE, CertificateStatus.EXPIRED))
                .flatMap(found -> Multi.createFrom().iterable(found)
                        .filter(certificate -> !renewal.decisionDate()
                                .isAfter(CertificateLifecycle.restorableUntil(certificate.expiryDate)))
                        .onItem().transformToUniAndConcatenate(certificate -> renew(certificate.id, renewal, actor))
                        .collect().asList())
                .replaceWithVoid();
    }

    @WithSession
    public Uni<Page<CertificateView>> list(UUID clientId, CertificateStatus status, PageRequest page) {
        QueryFilter filter = new QueryFilter().equal("clientId", clientId).equal("status", status);
        return Page.of(Certificate.find(filter.query(), Sort.descending("issuedAt").and("number"), filter.parameters()),
                page, CertificateService::view);
    }

    @WithSession
    public Uni<CertificateView> get(UUID id) {
        return load(id).map(CertificateService::view);
    }

    /** Certificates whose holder's name begins with {@code holderPrefix}, whatever its case, by holder and number. */
    @WithSession
    public Uni<Page<CertificateView>> searchByHolder(String holderPrefix, PageRequest page) {
        String pattern = holderPrefix.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return Page.of(Certificate.find("lower(holderName) like ?1 escape '\\'",
                Sort.ascending("holderName").and("number"), pattern), page, CertificateService::view);
    }

    /** Every revision of the certificate, the first first. */
    @WithSession
    public Uni<List<RevisionView>> revisions(UUID id) {
        return load(id).flatMap(certificate -> CertificateRevision.<CertificateRevision>list(
                        "certificateId = ?1 order by revision", id)
                .map(revisions -> revisions.stream().map(revision -> revisionView(certificate, revision)).toList()));
    }

    @WithSession
    public Uni<RevisionView> revision(UUID id, int revision) {
        return load(id).flatMap(certificate -> CertificateRevision.<CertificateRevision>find(
                        "certificateId = ?1 and revision = ?2", id, revision).firstResult()
                .onItem().ifNull().failWith(() -> new NotFoundProblem(
                        "Certificate " + certificate.number + " has no revision " + revision + "."))
                .map(found -> revisionView(certificate, found)));
    }

    /**
     * Active certificates whose last day of validity falls between the two dates (inclusive), read without their
     * sites: a notice period holds a twelfth of the register and more.
     */
    @WithSession
    public Uni<List<ExpiringCertificate>> activeExpiringBetween(LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery("select new "
                                + ExpiringCertificate.class.getName() + "(c.id, c.number, c.clientId, c.expiryDate) "
                                + "from Certificate c where c.status = ?1 and c.expiryDate between ?2 and ?3 "
                                + "order by c.expiryDate, c.number", ExpiringCertificate.class)
                .setParameter(1, CertificateStatus.ACTIVE).setParameter(2, from).setParameter(3, to)
                .getResultList());
    }

    /** Suspends an active certificate for at most 6 months; the change, its log entry and the event commit together. */
    @WithTransaction
    public Uni<CertificateView> suspend(UUID id, SuspensionReason reason, String note, String actor) {
        return load(id).flatMap(certificate -> suspendOn(certificate, LocalDate.now(clock), reason, note, actor));
    }

    /**
     * Suspends the certificate whose surveillance audit is overdue (reason MISSED_SURVEILLANCE). Runs in the
     * consumer's inbox transaction. A certificate that is no longer active, or past its expiry date, stays as it is:
     * the notice may come late, or twice for different audits.
     */
    public Uni<Void> suspendForMissedSurveillance(SurveillanceOverdueV1 overdue) {
        Uni<Certificate> found = overdue.certificateId() != null
                ? Certificate.findById(overdue.certificateId())
                : Certificate.<Certificate>find("programmeId = ?1 and status <> ?2", Sort.descending("issuedAt"),
                        overdue.programmeId(), CertificateStatus.WITHDRAWN).firstResult()
                // a certificate transferred from another body knows no programme until an audit of it names one
                .onItem().ifNull().switchTo(() -> Certificate.<Certificate>find(
                        "clientId = ?1 and programmeId is null and status <> ?2", Sort.descending("issuedAt"),
                        overdue.clientId(), CertificateStatus.WITHDRAWN).firstResult());
        return found.call(certificate -> certificate == null ? Uni.createFrom().voidItem()
                : adoptProgramme(certificate, overdue.programmeId(), SYSTEM)).flatMap(certificate -> {
            LocalDate today = LocalDate.now(clock);
            if (certificate == null) {
                LOG.warnf("surveillance audit %s overdue, but no certificate of programme %s is known",
                        overdue.auditId(), overdue.programmeId());
                return Uni.createFrom().voidItem();
            }
            if (certificate.status != CertificateStatus.ACTIVE || today.isAfter(certificate.expiryDate)) {
                LOG.infof("surveillance audit %s overdue; certificate %s is %s, not suspended again",
                        overdue.auditId(), certificate.number, certificate.status);
                return Uni.createFrom().voidItem();
            }
            return suspendOn(certificate, today, SuspensionReason.MISSED_SURVEILLANCE,
                    "Surveillance audit " + overdue.auditId() + " was due by " + overdue.dueBy() + " and was not held",
                    SYSTEM).replaceWithVoid();
        });
    }

    /** Ends a suspension: the certificate is valid again until its unchanged expiry date, and so is its licence. */
    @WithTransaction
    public Uni<CertificateView> reinstate(UUID id, String note, String actor) {
        return load(id).flatMap(certificate -> reinstateOn(certificate, LocalDate.now(clock), note, actor));
    }

    /**
     * A granted continuation decision: the surveillance was held, so a suspension for the missed surveillance ends;
     * any other status stays. A transferred certificate takes the surveillance's programme. Runs in the transaction
     * of the decision.
     */
    public Uni<CertificateView> continueCertification(UUID id, UUID programmeId, String actor) {
        return load(id).flatMap(certificate -> continueOn(certificate, programmeId, actor));
    }

    /**
     * A granted continuation on a surveillance that also audited the cloud services continues the holder's live
     * certificates for that standard the same way. Runs in the transaction of the decision, after the base
     * certificate's continuation (a cloud certificate is reinstated only on a valid base).
     */
    public Uni<Void> continueLive(UUID clientId, Standard standard, UUID programmeId, String actor) {
        return live(clientId, standard)
                .flatMap(found -> Multi.createFrom().iterable(found)
                        .onItem().transformToUniAndConcatenate(certificate -> continueOn(certificate, programmeId, actor))
                        .collect().asList())
                .replaceWithVoid();
    }

    private Uni<CertificateView> continueOn(Certificate certificate, UUID programmeId, String actor) {
        LocalDate today = LocalDate.now(clock);
        return adoptProgramme(certificate, programmeId, actor).flatMap(ignored -> {
            if (certificate.status == CertificateStatus.SUSPENDED
                    && certificate.suspensionReason == SuspensionReason.MISSED_SURVEILLANCE
                    && !today.isAfter(certificate.expiryDate)) {
                return reinstateOn(certificate, today, "surveillance held, certification continued", actor);
            }
            return Uni.createFrom().item(view(certificate));
        });
    }

    /**
     * A certificate transferred from another body has no audit programme; the first event of scheduling-service or
     * audit-service about it names the one the client's audits here follow, and from then on it is found by that.
     */
    private Uni<Void> adoptProgramme(Certificate certificate, UUID programmeId, String actor) {
        if (certificate.programmeId != null || programmeId == null) {
            return Uni.createFrom().voidItem();
        }
        certificate.programmeId = programmeId;
        return changeLog.record(actor, ENTITY, certificate.id, "programme-adopted",
                "certificate " + certificate.number + " follows audit programme " + programmeId);
    }

    private Uni<CertificateView> reinstateOn(Certificate certificate, LocalDate today, String note, String actor) {
        CertificateLifecycle.apply(certificate.status, Action.REINSTATE, today, certificate.expiryDate);
        return requireValidBaseOfCloud(certificate, today).flatMap(ignored -> {
            SuspensionReason reason = certificate.suspensionReason;
            toStatus(certificate, CertificateStatus.ACTIVE, today, note);
            return licences.restore(certificate.id, today, "certificate reinstated", actor)
                    .flatMap(done -> save(certificate, actor, "reinstated",
                            "reinstated (was suspended for " + reason + "): " + note,
                            new CertificateReinstatedV1(certificate.id, certificate.number, certificate.clientId,
                                    today, certificate.expiryDate)));
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
     * Reissues an active certificate with a changed scope, holder name or sites (each with its scope): a new revision,
     * issued today, that supersedes the previous one; number, dates of validity and cycle stay.
     */
    @WithTransaction
    public Uni<CertificateView> reissue(UUID id, RevisionReason reason, String holderName, String scope,
                                        List<ScopedSite> sites, String note, String actor) {
        return load(id).flatMap(certificate -> {
            LocalDate today = LocalDate.now(clock);
            CertificateLifecycle.apply(certificate.status, Action.REISSUE, today, certificate.expiryDate);
            if (holderName != null) {
                certificate.holderName = holderName.strip();
            }
            if (scope != null) {
                certificate.scope = scope.strip();
            }
            if (sites != null) {
                replaceSites(certificate, sites);
            }
            return newRevision(certificate, today, reason, actor, "reissued", note);
        });
    }

    /**
     * Reduces the scope (and the sites) of an active or suspended certificate to what still meets the requirements
     * (ISO/IEC 17021-1, 9.6.4); a suspension ends with it, instead of a withdrawal.
     */
    @WithTransaction
    public Uni<CertificateView> reduceScope(UUID id, String scope, List<ScopedSite> sites, String note, String actor) {
        return load(id).flatMap(certificate -> {
            LocalDate today = LocalDate.now(clock);
            CertificateLifecycle.apply(certificate.status, Action.REDUCE_SCOPE, today, certificate.expiryDate);
            boolean wasSuspended = certificate.status == CertificateStatus.SUSPENDED;
            certificate.scope = scope.strip();
            if (sites != null) {
                replaceSites(certificate, sites);
            }
            Uni<Void> endSuspension = Uni.createFrom().voidItem();
            if (wasSuspended) {
                toStatus(certificate, CertificateStatus.ACTIVE, today, note);
                endSuspension = licences.restore(certificate.id, today, "scope reduced, suspension ended", actor)
                        .flatMap(ignored -> outbox.record(new CertificateReinstatedV1(certificate.id, certificate.number,
                                certificate.clientId, today, certificate.expiryDate)))
                        .replaceWithVoid();
            }
            return endSuspension.flatMap(ignored -> newRevision(certificate, today, RevisionReason.SCOPE_REDUCTION,
                    actor, "scope-reduced", note));
        });
    }

    /**
     * The daily lifecycle run: certificates past their expiry date expire, suspensions that ran out end in withdrawal,
     * whichever came first. The dates are those of the facts, not of the run, so a late run changes nothing but the
     * time it happens. Each certificate changes in a transaction of its own, with its licence, log entries, events and
     * cloud certificates: a day's changes never pile up in one session, and a run that stops half-way leaves the
     * next one only the rest to do.
     */
    public Uni<LifecycleRun> expireAndWithdrawDue(String actor) {
        LocalDate today = LocalDate.now(clock);
        return Panache.withSession(() -> Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select c.id from Certificate c where (c.status in ?1 and c.expiryDate < ?2) "
                                + "or (c.status = ?3 and c.suspendedUntil < ?2) order by c.expiryDate, c.number", UUID.class)
                        .setParameter(1, LIVE).setParameter(2, today).setParameter(3, CertificateStatus.SUSPENDED)
                        .getResultList()))
                .flatMap(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(id -> Panache.withTransaction(() -> load(id)
                                // a cloud certificate may have fallen with its base certificate earlier in this run
                                .flatMap(certificate -> runsOut(certificate, today)
                                        ? runOut(certificate, today, actor)
                                        : Uni.createFrom().<LifecycleRun.Change>nullItem())))
                        .collect().asList())
                .map(changes -> new LifecycleRun(today,
                        changes.stream().filter(change -> change.status() == CertificateStatus.EXPIRED).toList(),
                        changes.stream().filter(change -> change.status() == CertificateStatus.WITHDRAWN).toList()));
    }

    private static boolean runsOut(Certificate certificate, LocalDate today) {
        return LIVE.contains(certificate.status) && (today.isAfter(certificate.expiryDate)
                || certificate.status == CertificateStatus.SUSPENDED
                && CertificateLifecycle.suspensionRunOut(certificate.suspendedUntil, today));
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
            changed = expireOn(certificate, expiredOn, "Expired after " + certificate.expiryDate
                    + " without recertification", actor);
        }
        return changed.map(view -> new LifecycleRun.Change(view.id(), view.number(), view.status(), view.statusSince()));
    }

    private Uni<CertificateView> suspendOn(Certificate certificate, LocalDate today, SuspensionReason reason,
                                           String note, String actor) {
        Transition transition = CertificateLifecycle.apply(certificate.status, Action.SUSPEND, today,
                certificate.expiryDate);
        certificate.status = transition.status();
        certificate.statusSince = today;
        certificate.suspensionReason = reason;
        certificate.suspendedUntil = transition.suspendedUntil();
        certificate.statusNote = note;
        return licences.revoke(certificate.id, today, "certificate suspended", actor)
                .flatMap(ignored -> save(certificate, actor, "suspended", "suspended for " + reason + " until "
                                + certificate.suspendedUntil + ": " + note,
                        new CertificateSuspendedV1(certificate.id, certificate.number, certificate.clientId,
                                reason.name(), today, certificate.suspendedUntil)))
                .call(view -> cloudFollows(certificate, actor));
    }

    private Uni<CertificateView> withdrawOn(Certificate certificate, LocalDate withdrawnOn, String reason, String actor) {
        toStatus(certificate, CertificateStatus.WITHDRAWN, withdrawnOn, reason);
        return licences.revoke(certificate.id, withdrawnOn, "certificate withdrawn", actor)
                .flatMap(ignored -> save(certificate, actor, "withdrawn", "withdrawn: " + reason,
                        new CertificateWithdrawnV1(certificate.id, certificate.number, certificate.clientId, reason,
                                withdrawnOn)))
                .call(view -> cloudFollows(certificate, actor));
    }

    private Uni<CertificateView> expireOn(Certificate certificate, LocalDate expiredOn, String note, String actor) {
        toStatus(certificate, CertificateStatus.EXPIRED, expiredOn, note);
        return licences.revoke(certificate.id, expiredOn, "certificate expired", actor)
                .flatMap(ignored -> save(certificate, actor, "expired", note, new CertificateExpiredV1(certificate.id,
                        certificate.number, certificate.clientId, certificate.expiryDate, expiredOn)))
                .call(view -> cloudFollows(certificate, actor));
    }

    /** The holder's live cloud certificates take the new status of the ISO/IEC 20000-1 certificate they rest on. */
    private Uni<Void> cloudFollows(Certificate base, String actor) {
        if (!CloudCertification.isBase(base.standard)) {
            return Uni.createFrom().voidItem();
        }
        String because = "ISO/IEC 20000-1 certificate " + base.number + " " + base.status.name().toLowerCase(Locale.ROOT)
                + " on " + base.statusSince;
        return live(base.clientId, Standard.ISO_IEC_TR_20000_9_2015)
                .flatMap(clouds -> Multi.createFrom().iterable(clouds)
                        .onItem().transformToUniAndConcatenate(cloud -> CloudCertification.follow(base.status, cloud.status)
                                .map(next -> switch (next) {
                                    case SUSPENDED -> suspendOn(cloud, base.statusSince, base.suspensionReason, because, actor);
                                    case WITHDRAWN -> withdrawOn(cloud, base.statusSince, because, actor);
                                    case EXPIRED -> expireOn(cloud, base.statusSince, because, actor);
                                    case ACTIVE -> throw new IllegalStateException("a cloud certificate never follows into ACTIVE");
                                })
                                .orElseGet(() -> Uni.createFrom().nullItem()))
                        .collect().asList())
                .replaceWithVoid();
    }

    private static Uni<List<Certificate>> live(UUID clientId, Standard standard) {
        return Certificate.list("clientId = ?1 and standard = ?2 and status in ?3 order by number", clientId, standard,
                LIVE);
    }

    /** Refuses to reinstate a cloud certificate while its holder has no valid ISO/IEC 20000-1 certificate. */
    private Uni<Void> requireValidBaseOfCloud(Certificate certificate, LocalDate today) {
        if (!CloudCertification.isCloud(certificate.standard)) {
            return Uni.createFrom().voidItem();
        }
        return expiryFor(certificate.standard, certificate.clientId, today, certificate.expiryDate).replaceWithVoid();
    }

    /** The expiry date of a new cycle; a cloud certificate's never lies beyond that of its valid base certificate. */
    private static Uni<LocalDate> expiryFor(Standard standard, UUID clientId, LocalDate today, LocalDate ownExpiry) {
        if (!CloudCertification.isCloud(standard)) {
            return Uni.createFrom().item(ownExpiry);
        }
        return Certificate.<Certificate>list("clientId", clientId)
                .map(held -> CloudCertification.requireValidBase(held.stream()
                        .map(c -> new HeldCertificate(c.standard, c.status, c.expiryDate)).toList(), today))
                .map(base -> CloudCertification.expiryDate(ownExpiry, base.expiryDate()));
    }

    /** A reissue or scope reduction: the new revision supersedes the previous one, and CertificateRevised says so. */
    private Uni<CertificateView> newRevision(Certificate certificate, LocalDate today, RevisionReason reason,
                                             String actor, String action, String note) {
        certificate.revision++;
        certificate.issueDate = today;
        certificate.issuedAt = clock.instant();
        return CertificateRevision.of(certificate, reason, actor, certificate.issuedAt).persist()
                .flatMap(ignored -> save(certificate, actor, action, "revision " + certificate.revision + " (" + reason
                        + ") supersedes revision " + (certificate.revision - 1) + ": " + note, revised(certificate, reason)));
    }

    private static void replaceSites(Certificate certificate, List<ScopedSite> sites) {
        certificate.sites.clear();
        certificate.sites.addAll(sites.stream().map(CertifiedSite::of).toList());
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

    /** The number from the pattern, with the year of the decision and a sequence the database never hands out twice. */
    private Uni<String> nextNumber(LocalDate decisionDate) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("SELECT nextval('certificate_number_seq')", Long.class)
                        .getSingleResult())
                .map(sequence -> numbers.number(decisionDate.getYear(), sequence));
    }

    private static CertificateIssuedV1 issued(Certificate certificate, LocalDate decisionDate) {
        return new CertificateIssuedV1(certificate.id, certificate.number, certificate.revision, certificate.clientId,
                certificate.holderName, certificate.standard, certificate.scope,
                certificate.sites.stream().map(CertifiedSite::toSite).toList(), certificate.decisionId,
                certificate.auditId, certificate.programmeId, decisionDate, certificate.originalCertificationDate,
                certificate.issueDate, certificate.expiryDate, certificate.issuedAt);
    }

    private static CertificateRenewedV1 renewed(Certificate certificate, LocalDate decisionDate) {
        return new CertificateRenewedV1(certificate.id, certificate.number, certificate.revision, certificate.clientId,
                certificate.holderName, certificate.standard, certificate.scope,
                certificate.sites.stream().map(CertifiedSite::toSite).toList(), certificate.decisionId,
                certificate.auditId, certificate.programmeId, decisionDate, certificate.originalCertificationDate,
                certificate.issueDate, certificate.expiryDate, certificate.issuedAt);
    }

    private static CertificateRevisedV1 revised(Certificate certificate, RevisionReason reason) {
        return new CertificateRevisedV1(certificate.id, certificate.number, certificate.revision,
                certificate.revision - 1, certificate.clientId, certificate.holderName, reason.name(), certificate.scope,
                certificate.sites.stream().map(CertifiedSite::toSite).toList(), certificate.issueDate,
                certificate.expiryDate, certificate.issuedAt);
    }

    private static RevisionView revisionView(Certificate certificate, CertificateRevision revision) {
        return new RevisionView(certificate.id, certificate.number, revision.revision, revision.cycle, revision.reason,
                revision.revision == certificate.revision, revision.holderName, revision.standard,
                revision.standard.title(), revision.scope,
                revision.sites.stream().map(site -> site.view(revision.scope)).toList(),
                revision.originalCertificationDate, revision.issueDate, revision.expiryDate, revision.issuedAt);
    }

    private static CertificateView view(Certificate certificate) {
        return new CertificateView(certificate.id, certificate.number, certificate.revision, certificate.cycle,
                certificate.status, certificate.version, certificate.clientId,
                certificate.holderName, certificate.standard, certificate.standard.title(), certificate.scope,
                certificate.sites.stream().map(site -> site.view(certificate.scope)).toList(), certificate.decisionId,
                certificate.auditId, certificate.programmeId, certificate.originalCertificationDate,
                certificate.issueDate, certificate.expiryDate, certificate.issuedAt, certificate.statusSince,
                certificate.suspensionReason, certificate.suspendedUntil);
    }
}
