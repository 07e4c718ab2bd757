package io.opencert.certificate.certificate;

import io.opencert.certificate.QueryFilter;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.rules.CertificateValidity;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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
                certificate.issueDate, certificate.expiryDate, certificate.issuedAt);
    }
}
