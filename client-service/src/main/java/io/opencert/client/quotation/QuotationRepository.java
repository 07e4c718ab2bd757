package io.opencert.client.quotation;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class QuotationRepository implements PanacheRepositoryBase<Quotation, UUID> {

    /** The quotation with its audits, standards, sites, reasons and technical areas. */
    public Uni<Optional<Quotation>> findComplete(UUID id) {
        return find("from Quotation q left join fetch q.audits left join fetch q.standards where q.id = ?1", id)
                .list()
                .map(found -> found.stream().findFirst())
                .call(found -> found.isEmpty() ? Uni.createFrom().voidItem()
                        : Mutiny.fetch(found.get().sites).call(() -> Mutiny.fetch(found.get().reasons))
                        .call(() -> Mutiny.fetch(found.get().technicalAreas)));
    }

    /** The client's quotations that a new revision replaces: drafts and issued ones. */
    public Uni<List<Quotation>> open(UUID clientId) {
        return list("clientId = ?1 and status in (?2)", clientId,
                List.of(QuotationStatus.DRAFT, QuotationStatus.ISSUED));
    }

    public Uni<Integer> lastRevision(UUID clientId) {
        return ofClient(clientId).firstResult().map(last -> last == null ? 0 : last.revision);
    }

    /** A client's quotations, newest revision first. */
    public PanacheQuery<Quotation> ofClient(UUID clientId) {
        return find("clientId", Sort.descending("revision"), clientId);
    }
}
