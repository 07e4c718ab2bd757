package io.opencert.certificate.licence;

import io.opencert.certificate.QueryFilter;
import io.opencert.certificate.licence.dto.LicenceView;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.NotFoundProblem;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Licences follow their certificate: granted with it, revoked while it is suspended and when it is withdrawn or
 * expires, restored when it is reinstated or restored. The changing methods run in the certificate's transaction.
 */
@ApplicationScoped
public class LicenceService {
    public static final String ENTITY = "Licence";

    private final ChangeLog changeLog;

    LicenceService(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    /** Grants the licence of a new certificate under the latest terms in effect on that day. */
    public Uni<Void> grant(UUID certificateId, String certificateNumber, UUID clientId, LocalDate on, String actor) {
        return LicenceTerms.<LicenceTerms>find("effectiveFrom <= ?1 order by version desc", on).firstResult()
                .onItem().ifNull().failWith(() -> new IllegalStateException("no licence terms in effect on " + on))
                .flatMap(terms -> {
                    Licence licence = new Licence();
                    licence.id = UUID.randomUUID();
                    licence.certificateId = certificateId;
                    licence.certificateNumber = certificateNumber;
                    licence.clientId = clientId;
                    licence.termsVersion = terms.version;
                    licence.status = LicenceStatus.GRANTED;
                    licence.grantedOn = on;
                    licence.statusSince = on;
                    return licence.persist().flatMap(ignored -> changeLog.record(actor, ENTITY, licence.id, "granted",
                            "licence for certificate " + certificateNumber + " under terms version " + terms.version));
                });
    }

    public Uni<Void> revoke(UUID certificateId, LocalDate on, String why, String actor) {
        return change(certificateId, LicenceStatus.REVOKED, on, why, actor);
    }

    public Uni<Void> restore(UUID certificateId, LocalDate on, String why, String actor) {
        return change(certificateId, LicenceStatus.GRANTED, on, why, actor);
    }

    private Uni<Void> change(UUID certificateId, LicenceStatus status, LocalDate on, String why, String actor) {
        return Licence.<Licence>find("certificateId", certificateId).firstResult().flatMap(licence -> {
            if (licence == null || licence.status == status) {
                return Uni.createFrom().voidItem();
            }
            licence.status = status;
            licence.statusSince = on;
            licence.statusNote = why;
            return changeLog.record(actor, ENTITY, licence.id, status == LicenceStatus.GRANTED ? "restored" : "revoked",
                    "licence for certificate " + licence.certificateNumber + ": " + why);
        });
    }

    @WithSession
    public Uni<Page<LicenceView>> list(UUID clientId, PageRequest page) {
        QueryFilter filter = new QueryFilter().equal("clientId", clientId);
        return Page.of(Licence.<Licence>find(filter.query(), Sort.descending("grantedOn").and("certificateNumber"),
                        filter.parameters()), page, Function.identity())
                .flatMap(licences -> withTerms(licences.items()).map(views ->
                        new Page<>(licences.page(), licences.size(), licences.total(), views)));
    }

    @WithSession
    public Uni<LicenceView> get(UUID id) {
        return Licence.<Licence>findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundProblem(notFound(id)))
                .flatMap(licence -> withTerms(List.of(licence))).map(List::getFirst);
    }

    /** The one detail for "missing" and "not yours", so that a client user cannot probe ids. */
    public static String notFound(UUID id) {
        return "Licence " + id + " not found.";
    }

    private static Uni<List<LicenceView>> withTerms(List<Licence> licences) {
        if (licences.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return LicenceTerms.<LicenceTerms>list("version in ?1", licences.stream().map(l -> l.termsVersion).distinct().toList())
                .map(terms -> terms.stream().collect(Collectors.toMap(t -> t.version, Function.identity())))
                .map(termsByVersion -> licences.stream().map(licence -> view(licence, termsByVersion)).toList());
    }

    private static LicenceView view(Licence licence, Map<Integer, LicenceTerms> termsByVersion) {
        return new LicenceView(licence.id, licence.certificateId, licence.certificateNumber, licence.clientId,
                licence.status, licence.grantedOn, licence.statusSince,
                LicenceTermsService.view(termsByVersion.get(licence.termsVersion)));
    }
}
