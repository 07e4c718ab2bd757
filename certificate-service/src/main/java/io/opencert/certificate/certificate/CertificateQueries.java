package io.opencert.certificate.certificate;

import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.QueryFilter;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.certificate.dto.ExpiringCertificate;
import io.opencert.certificate.certificate.dto.RevisionView;
import io.opencert.certificate.rules.CertificationRule;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.Standard;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads certificates and their revisions; changes go through {@link CertificateIssuance} and {@link CertificateChanges}. */
@ApplicationScoped
public class CertificateQueries {
    static final List<CertificateStatus> LIVE = List.of(CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED);

    /**
     * The holder's certificate for the standard that a surveillance continues or a recertification renews: the newest
     * that was not withdrawn. Runs in the caller's session.
     */
    public Uni<CertificateView> currentOf(UUID clientId, Standard standard) {
        return Certificate.<Certificate>find("clientId = ?1 and standard = ?2 and status <> ?3",
                        Sort.descending("issuedAt"), clientId, standard, CertificateStatus.WITHDRAWN).firstResult()
                .onItem().ifNull().failWith(() -> new RuleViolation(CertificationRule.NO_CURRENT_CERTIFICATE,
                        "The holder has no " + standard.title() + " certificate that is not withdrawn; certification "
                                + "starts again with an initial audit."))
                .map(CertificateQueries::view);
    }

    /**
     * The certificate a programme's audits maintain: the one named, else the newest not withdrawn of the programme,
     * else the client's transferred one that knows no programme until an audit of it names one; null if none.
     */
    @WithSession
    public Uni<CertificateView> maintainedBy(UUID certificateId, UUID programmeId, UUID clientId) {
        Uni<Certificate> found = certificateId != null
                ? Certificate.findById(certificateId)
                : Certificate.<Certificate>find("programmeId = ?1 and status <> ?2", Sort.descending("issuedAt"),
                        programmeId, CertificateStatus.WITHDRAWN).firstResult()
                .onItem().ifNull().switchTo(() -> Certificate.<Certificate>find(
                        "clientId = ?1 and programmeId is null and status <> ?2", Sort.descending("issuedAt"),
                        clientId, CertificateStatus.WITHDRAWN).firstResult());
        return found.map(certificate -> certificate == null ? null : view(certificate));
    }

    /** The holder's active or suspended certificate for the standard, or null. Runs in the caller's session. */
    public Uni<CertificateView> liveOf(UUID clientId, Standard standard) {
        return live(clientId, standard).map(found -> found.isEmpty() ? null : view(found.getFirst()));
    }

    /** Whether the holder has an active or suspended certificate for the standard. Runs in the caller's session. */
    public Uni<Boolean> holdsLive(UUID clientId, Standard standard) {
        return live(clientId, standard).map(found -> !found.isEmpty());
    }

    @WithSession
    public Uni<Page<CertificateView>> list(UUID clientId, CertificateStatus status, PageRequest page) {
        QueryFilter filter = new QueryFilter().equal("clientId", clientId).equal("status", status);
        return Page.of(Certificate.find(filter.query(), Sort.descending("issuedAt").and("number"), filter.parameters()),
                page, CertificateQueries::view);
    }

    @WithSession
    public Uni<CertificateView> get(UUID id) {
        return load(id).map(CertificateQueries::view);
    }

    /** The certificates with these ids, in the order given; runs in the caller's session. */
    public Uni<List<CertificateView>> all(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Certificate.<Certificate>list("id in ?1", ids).map(found -> {
            Map<UUID, Certificate> byId = found.stream().collect(Collectors.toMap(certificate -> certificate.id,
                    certificate -> certificate));
            return ids.stream().map(byId::get).map(CertificateQueries::view).toList();
        });
    }

    /** The certificate with this number, whatever its case and surrounding blanks, or null. Runs in the caller's session. */
    public Uni<CertificateView> byNumber(String number) {
        return Certificate.<Certificate>find("number", number.strip().toUpperCase(Locale.ROOT)).firstResult()
                .map(found -> found == null ? null : view(found));
    }

    /** Certificates whose holder's name begins with {@code holderPrefix}, whatever its case, by holder and number. */
    @WithSession
    public Uni<Page<CertificateView>> searchByHolder(String holderPrefix, PageRequest page) {
        String pattern = holderPrefix.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return Page.of(Certificate.find("lower(holderName) like ?1 escape '\\'",
                Sort.ascending("holderName").and("number"), pattern), page, CertificateQueries::view);
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

    /** The certificates past their expiry date or whose suspension ran out by {@code today}, by expiry and number. */
    @WithSession
    public Uni<List<UUID>> runningOut(LocalDate today) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select c.id from Certificate c where (c.status in ?1 and c.expiryDate < ?2) "
                                + "or (c.status = ?3 and c.suspendedUntil < ?2) order by c.expiryDate, c.number", UUID.class)
                .setParameter(1, LIVE).setParameter(2, today).setParameter(3, CertificateStatus.SUSPENDED)
                .getResultList());
    }

    static Uni<List<Certificate>> live(UUID clientId, Standard standard) {
        return Certificate.list("clientId = ?1 and standard = ?2 and status in ?3 order by number", clientId, standard,
                LIVE);
    }

    static Uni<Certificate> load(UUID id) {
        return Certificate.<Certificate>findById(id).onItem().ifNull().failWith(() -> new NotFoundProblem(notFound(id)));
    }

    /** The one detail for "missing" and "not yours", so that a client user cannot probe ids. */
    public static String notFound(UUID id) {
        return "Certificate " + id + " not found.";
    }

    private static RevisionView revisionView(Certificate certificate, CertificateRevision revision) {
        return new RevisionView(certificate.id, certificate.number, revision.revision, revision.cycle, revision.reason,
                revision.revision == certificate.revision, revision.holderName, revision.standard,
                revision.standard.title(), revision.scope,
                revision.sites.stream().map(site -> site.view(revision.scope)).toList(),
                revision.originalCertificationDate, revision.issueDate, revision.expiryDate, revision.issuedAt);
    }

    static CertificateView view(Certificate certificate) {
        return new CertificateView(certificate.id, certificate.number, certificate.revision, certificate.cycle,
                certificate.status, certificate.version, certificate.clientId,
                certificate.holderName, certificate.standard, certificate.standard.title(), certificate.scope,
                certificate.sites.stream().map(site -> site.view(certificate.scope)).toList(), certificate.decisionId,
                certificate.auditId, certificate.programmeId, certificate.originalCertificationDate,
                certificate.issueDate, certificate.expiryDate, certificate.issuedAt, certificate.statusSince,
                certificate.suspensionReason, certificate.suspendedUntil);
    }
}
