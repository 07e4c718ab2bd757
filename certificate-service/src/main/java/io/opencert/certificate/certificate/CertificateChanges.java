package io.opencert.certificate.certificate;

import io.opencert.certificate.rules.ScopedSite;
import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.licence.LicenceService;
import io.opencert.certificate.rules.AdministrativeReissue;
import io.opencert.certificate.rules.CloudCertification;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.events.EventPayload;
import io.opencert.events.certificate.CertificateExpiredV1;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateRevisedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.opencert.events.model.Standard;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Changes of a certificate's status and scope, each with its licence, change log entry and event in the caller's
 * transaction. Every change but the administrative reissue and the expiry (a fact, not a decision) carries the id of
 * the granted decision that made it; the holder's cloud certificates follow their ISO/IEC 20000-1 certificate.
 */
@ApplicationScoped
public class CertificateChanges {
    private final ChangeLog changeLog;
    private final Outbox outbox;
    private final Clock clock;
    private final LicenceService licences;

    CertificateChanges(ChangeLog changeLog, Outbox outbox, Clock clock, LicenceService licences) {
        this.changeLog = changeLog;
        this.outbox = outbox;
        this.clock = clock;
        this.licences = licences;
    }

    /** Suspends an active certificate from {@code on} for at most 6 months, on the decision {@code decisionId}. */
    public Uni<CertificateView> suspend(UUID id, LocalDate on, SuspensionReason reason, String note, String actor,
                                        UUID decisionId) {
        return CertificateQueries.load(id).flatMap(certificate -> suspendOn(certificate, on, reason, note, actor, decisionId));
    }

    /** Ends a suspension: valid again until the unchanged expiry date, and so is the licence. */
    public Uni<CertificateView> reinstate(UUID id, LocalDate on, String note, String actor, UUID decisionId) {
        return CertificateQueries.load(id).flatMap(certificate -> reinstateOn(certificate, on, note, actor, decisionId));
    }

    /**
     * Reinstates the holder's suspended certificates of the standard by the same decision: the audit that lifted the
     * suspension of the ISO/IEC 20000-1 certificate audited the cloud services too. Runs after the base's reinstatement.
     */
    public Uni<Void> reinstateSuspended(UUID clientId, Standard standard, LocalDate on, String note, String actor,
                                        UUID decisionId) {
        return Certificate.<Certificate>list("clientId = ?1 and standard = ?2 and status = ?3 order by number",
                        clientId, standard, CertificateStatus.SUSPENDED)
                .flatMap(suspended -> Multi.createFrom().iterable(suspended)
                        .onItem().transformToUniAndConcatenate(certificate ->
                                reinstateOn(certificate, on, note, actor, decisionId))
                        .collect().asList())
                .replaceWithVoid();
    }

    /** Withdraws an active or suspended certificate for good. */
    public Uni<CertificateView> withdraw(UUID id, LocalDate on, String note, String actor, UUID decisionId) {
        return CertificateQueries.load(id).flatMap(certificate -> {
            certificate.withdraw(on, note);
            return withdrawn(certificate, on, note, actor, decisionId);
        });
    }

    /** The certificate passed its expiry date without recertification; it expired on {@code on}. */
    public Uni<CertificateView> expire(UUID id, LocalDate on, String note, String actor) {
        return CertificateQueries.load(id).flatMap(certificate -> expireOn(certificate, on, note, actor));
    }

    /**
     * Reduces the scope (and the sites) of an active or suspended certificate to what still meets the requirements
     * (ISO/IEC 17021-1, 9.6.4), as a new revision; a suspension ends with it, instead of a withdrawal.
     */
    public Uni<CertificateView> reduceScope(UUID id, LocalDate on, String scope, List<ScopedSite> sites, String note,
                                            String actor, UUID decisionId) {
        return CertificateQueries.load(id).flatMap(certificate -> {
            Instant at = clock.instant();
            boolean wasSuspended = certificate.reduceScope(on, at, scope, sites, note);
            Uni<Void> suspensionEnded = !wasSuspended ? Uni.createFrom().voidItem()
                    : licences.restore(certificate.id, on, "scope reduced, suspension ended", actor)
                    .flatMap(ignored -> outbox.record(new CertificateReinstatedV1(certificate.id, certificate.number,
                            certificate.clientId, on, certificate.expiryDate, decisionId)))
                    .replaceWithVoid();
            return suspensionEnded.flatMap(ignored -> revised(certificate, RevisionReason.SCOPE_REDUCTION, actor,
                    "scope-reduced", note, decisionId));
        });
    }

    /** Extended to the audited scope and sites on a granted scope extension decision, as a new revision. */
    public Uni<CertificateView> extendScope(UUID id, LocalDate on, String scope, List<ScopedSite> sites, String note,
                                            String actor, UUID decisionId) {
        return CertificateQueries.load(id).flatMap(certificate -> {
            certificate.extendScope(on, clock.instant(), scope, sites);
            return revised(certificate, RevisionReason.SCOPE_EXTENSION, actor, "scope-extended", note, decisionId);
        });
    }

    /**
     * The administrative reissue staff may make without a decision, after a documented change of the holder's name
     * or of the certified sites' names and addresses: a new revision, issued today, that supersedes the previous one.
     * A change of scope, of the sites certified or of the status is a decision and is refused here by name.
     */
    @WithTransaction
    public Uni<CertificateView> reissue(UUID id, String holderName, String scope, List<ScopedSite> sites, String note,
                                        String actor) {
        return CertificateQueries.load(id).flatMap(certificate -> {
            AdministrativeReissue.requireSameScope(certificate.scope, scope);
            certificate.reissue(LocalDate.now(clock), clock.instant(), holderName, sites);
            return revised(certificate, RevisionReason.ADDRESS_CHANGE, actor, "reissued", note, null);
        });
    }

    private Uni<CertificateView> suspendOn(Certificate certificate, LocalDate on, SuspensionReason reason, String note,
                                           String actor, UUID decisionId) {
        certificate.suspend(on, reason, note);
        return licences.revoke(certificate.id, on, "certificate suspended", actor)
                .flatMap(ignored -> save(certificate, actor, "suspended", "suspended for " + reason + " until "
                                + certificate.suspendedUntil + ": " + note,
                        new CertificateSuspendedV1(certificate.id, certificate.number, certificate.clientId,
                                reason.name(), on, certificate.suspendedUntil, decisionId)))
                .call(view -> cloudFollows(certificate, actor, decisionId));
    }

    private Uni<CertificateView> reinstateOn(Certificate certificate, LocalDate on, String note, String actor, UUID decisionId) {
        return requireValidBaseOfCloud(certificate, on).flatMap(ignored -> {
            SuspensionReason reason = certificate.reinstate(on, note);
            return licences.restore(certificate.id, on, "certificate reinstated", actor)
                    .flatMap(done -> save(certificate, actor, "reinstated",
                            "reinstated (was suspended for " + reason + "): " + note,
                            new CertificateReinstatedV1(certificate.id, certificate.number, certificate.clientId,
                                    on, certificate.expiryDate, decisionId)));
        });
    }

    private Uni<CertificateView> withdrawn(Certificate certificate, LocalDate on, String reason, String actor,
                                           UUID decisionId) {
        return licences.revoke(certificate.id, on, "certificate withdrawn", actor)
                .flatMap(ignored -> save(certificate, actor, "withdrawn", "withdrawn: " + reason,
                        new CertificateWithdrawnV1(certificate.id, certificate.number, certificate.clientId, reason,
                                on, decisionId)))
                .call(view -> cloudFollows(certificate, actor, decisionId));
    }

    private Uni<CertificateView> expireOn(Certificate certificate, LocalDate on, String note, String actor) {
        certificate.expire(on, note);
        return licences.revoke(certificate.id, on, "certificate expired", actor)
                .flatMap(ignored -> save(certificate, actor, "expired", note, new CertificateExpiredV1(certificate.id,
                        certificate.number, certificate.clientId, certificate.expiryDate, on)))
                .call(view -> cloudFollows(certificate, actor, null));
    }

    /**
     * The holder's live cloud certificates take the new status of the ISO/IEC 20000-1 certificate they rest on, by the
     * same decision (or the same expiry).
     */
    private Uni<Void> cloudFollows(Certificate base, String actor, UUID decisionId) {
        if (!CloudCertification.isBase(base.standard)) {
            return Uni.createFrom().voidItem();
        }
        String because = "ISO/IEC 20000-1 certificate " + base.number + " " + base.status.name().toLowerCase(Locale.ROOT)
                + " on " + base.statusSince;
        return CertificateQueries.live(base.clientId, Standard.ISO_IEC_TR_20000_9_2015)
                .flatMap(clouds -> Multi.createFrom().iterable(clouds)
                        .onItem().transformToUniAndConcatenate(cloud -> CloudCertification.follow(base.status, cloud.status)
                                .map(next -> switch (next) {
                                    case SUSPENDED -> suspendOn(cloud, base.statusSince, base.suspensionReason, because,
                                            actor, decisionId);
                                    case WITHDRAWN -> {
                                        cloud.withdraw(base.statusSince, because);
                                        yield withdrawn(cloud, base.statusSince, because, actor, decisionId);
                                    }
                                    case EXPIRED -> expireOn(cloud, base.statusSince, because, actor);
                                    case ACTIVE -> throw new IllegalStateException("a cloud certificate never follows into ACTIVE");
                                })
                                .orElseGet(() -> Uni.createFrom().nullItem()))
                        .collect().asList())
                .replaceWithVoid();
    }

    /** Refuses to reinstate a cloud certificate while its holder has no valid ISO/IEC 20000-1 certificate. */
    private static Uni<Void> requireValidBaseOfCloud(Certificate certificate, LocalDate on) {
        if (!CloudCertification.isCloud(certificate.standard)) {
            return Uni.createFrom().voidItem();
        }
        return CertificateIssuance.expiryFor(certificate.standard, certificate.clientId, on, certificate.expiryDate)
                .replaceWithVoid();
    }

    /** A new revision supersedes the previous one, and CertificateRevised says so. */
    private Uni<CertificateView> revised(Certificate certificate, RevisionReason reason, String actor, String action,
                                         String note, UUID decisionId) {
        return CertificateRevision.of(certificate, reason, actor, certificate.issuedAt).persist()
                .flatMap(ignored -> save(certificate, actor, action, "revision " + certificate.revision + " (" + reason
                                + ") supersedes revision " + (certificate.revision - 1) + ": " + note,
                        new CertificateRevisedV1(certificate.id, certificate.number, certificate.revision,
                                certificate.revision - 1, certificate.clientId, certificate.holderName, reason.name(),
                                certificate.scope, certificate.sites.stream().map(CertifiedSite::toSite).toList(),
                                certificate.issueDate, certificate.expiryDate, certificate.issuedAt, decisionId)));
    }

    Uni<CertificateView> save(Certificate certificate, String actor, String action, String details, EventPayload event) {
        return certificate.<Certificate>persistAndFlush()
                .flatMap(ignored -> changeLog.record(actor, Certificate.ENTITY, certificate.id, action, details))
                .flatMap(ignored -> outbox.record(event))
                .map(ignored -> CertificateQueries.view(certificate));
    }
}
