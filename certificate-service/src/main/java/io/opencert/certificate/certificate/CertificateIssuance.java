package io.opencert.certificate.certificate;

import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.licence.LicenceService;
import io.opencert.certificate.rules.CertificateNumbers;
import io.opencert.certificate.rules.CertificateValidity;
import io.opencert.certificate.rules.CloudCertification;
import io.opencert.certificate.rules.CloudCertification.HeldCertificate;
import io.opencert.certificate.rules.OneLiveCertificate;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.certificate.CertificateRenewedV1;
import io.opencert.events.model.Standard;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Certificates issued, renewed (or restored) and continued on granted decisions; each runs in the transaction of the
 * decision, so decision, certificate, licence and event commit together.
 */
@ApplicationScoped
public class CertificateIssuance {
    private final ChangeLog changeLog;
    private final Outbox outbox;
    private final Clock clock;
    private final LicenceService licences;
    private final CertificateChanges changes;
    private final CertificateNumbers numbers;

    CertificateIssuance(ChangeLog changeLog, Outbox outbox, Clock clock, LicenceService licences,
                        CertificateChanges changes,
                        @ConfigProperty(name = "cb.certificate.number-pattern") String numberPattern) {
        this.changeLog = changeLog;
        this.outbox = outbox;
        this.clock = clock;
        this.licences = licences;
        this.changes = changes;
        this.numbers = new CertificateNumbers(numberPattern);
    }

    /**
     * Issues revision 1 of a certificate with its licence, effective on the decision date, and announces it. Refused
     * while the holder has a live certificate of the standard, also when two grants race. A cloud certificate needs a
     * valid ISO/IEC 20000-1 certificate of the holder and expires no later than it.
     */
    public Uni<CertificateView> issue(NewCertificate grant, String issuedBy) {
        return CertificateQueries.live(grant.clientId(), grant.standard())
                .invoke(live -> OneLiveCertificate.requireNoneLive(
                        live.isEmpty() ? null : live.getFirst().number, grant.standard()))
                .flatMap(ignored -> expiryFor(grant.standard(), grant.clientId(), grant.decisionDate(), grant.expiryDate()))
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
                    return certificate.persistAndFlush()
                            .onFailure(CertificateIssuance::lostTheRaceForOneLive)
                            .transform(lost -> OneLiveCertificate.violation(grant.standard(), "another certificate is"))
                            .flatMap(ignored -> CertificateRevision.of(certificate, RevisionReason.INITIAL, issuedBy,
                                    certificate.issuedAt).persist())
                            .flatMap(ignored -> licences.grant(certificate.id, number, certificate.clientId,
                                    certificate.issueDate, issuedBy))
                            .flatMap(ignored -> changeLog.record(issuedBy, Certificate.ENTITY, certificate.id, "issued",
                                    "certificate " + number + " revision 1 for " + certificate.standard.title()
                                            + ", valid until " + certificate.expiryDate))
                            .flatMap(ignored -> outbox.record(issued(certificate, grant.decisionDate())))
                            .map(ignored -> CertificateQueries.view(certificate));
                }));
    }

    private static boolean lostTheRaceForOneLive(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && OneLiveCertificate.INDEX.equals(pg.getConstraint())
                    || cause instanceof ConstraintViolationException violation
                    && OneLiveCertificate.INDEX.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Renews the certificate for a new cycle on a granted recertification decision: same number and original
     * certification date, a new revision, issue date and expiry date. An expired certificate is restored this way
     * within 6 months of its expiry, and its new cycle counts from the previous expiry date.
     */
    public Uni<CertificateView> renew(UUID id, Renewal renewal, String actor) {
        return CertificateQueries.load(id).flatMap(certificate -> {
            LocalDate on = renewal.decisionDate();
            LocalDate ownExpiry = certificate.status == CertificateStatus.EXPIRED
                    ? CertificateValidity.restoredExpiryDate(certificate.expiryDate)
                    : CertificateValidity.expiryDate(on);
            return expiryFor(certificate.standard, certificate.clientId, on, ownExpiry).flatMap(expiry -> {
                boolean restored = certificate.renew(renewal, expiry, clock.instant());
                return CertificateRevision.of(certificate, RevisionReason.RENEWAL, actor, certificate.issuedAt)
                        .persist()
                        .flatMap(ignored -> restored
                                ? licences.restore(certificate.id, on, "certificate restored by recertification", actor)
                                : Uni.createFrom().voidItem())
                        .flatMap(ignored -> changes.save(certificate, actor, restored ? "restored" : "renewed",
                                "revision " + certificate.revision + ", cycle " + certificate.cycle
                                        + ", valid until " + certificate.expiryDate,
                                renewed(certificate, on)));
            });
        });
    }

    /**
     * A granted renewal on a recertification that also audited the cloud services renews the holder's certificates
     * of that standard that may be renewed (active, or expired and still restorable) with the same audit. Runs after
     * the base certificate's renewal: a cloud certificate expires no later than it.
     */
    public Uni<Void> renewRenewable(UUID clientId, Standard standard, Renewal renewal, String actor) {
        return Certificate.<Certificate>list("clientId = ?1 and standard = ?2 and status in ?3 order by number", clientId,
                        standard, List.of(CertificateStatus.ACTIVE, CertificateStatus.EXPIRED))
                .flatMap(found -> Multi.createFrom().iterable(found)
                        .filter(certificate -> certificate.restorable(renewal.decisionDate()))
                        .onItem().transformToUniAndConcatenate(certificate -> renew(certificate.id, renewal, actor))
                        .collect().asList())
                .replaceWithVoid();
    }

    /**
     * A granted continuation decision: certification continues, the status stays (a suspension ends by a reinstatement
     * decision only). A transferred certificate takes the surveillance's programme.
     */
    public Uni<CertificateView> continueCertification(UUID id, UUID programmeId, String actor) {
        return CertificateQueries.load(id)
                .call(certificate -> adoptProgramme(certificate, programmeId, actor))
                .map(CertificateQueries::view);
    }

    /**
     * A certificate transferred from another body has no audit programme; the first event of scheduling-service or
     * audit-service about it names the one the client's audits here follow, and from then on it is found by that.
     */
    public Uni<Void> adoptProgramme(UUID id, UUID programmeId, String actor) {
        return CertificateQueries.load(id).flatMap(certificate -> adoptProgramme(certificate, programmeId, actor));
    }

    private Uni<Void> adoptProgramme(Certificate certificate, UUID programmeId, String actor) {
        if (certificate.programmeId != null || programmeId == null) {
            return Uni.createFrom().voidItem();
        }
        certificate.programmeId = programmeId;
        return changeLog.record(actor, Certificate.ENTITY, certificate.id, "programme-adopted",
                "certificate " + certificate.number + " follows audit programme " + programmeId);
    }

    /** The expiry date of a new cycle; a cloud certificate's never lies beyond that of its valid base certificate. */
    static Uni<LocalDate> expiryFor(Standard standard, UUID clientId, LocalDate today, LocalDate ownExpiry) {
        if (!CloudCertification.isCloud(standard)) {
            return Uni.createFrom().item(ownExpiry);
        }
        return Certificate.<Certificate>list("clientId", clientId)
                .map(held -> CloudCertification.requireValidBase(held.stream()
                        .map(c -> new HeldCertificate(c.standard, c.status, c.expiryDate)).toList(), today))
                .map(base -> CloudCertification.expiryDate(ownExpiry, base.expiryDate()));
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
}
