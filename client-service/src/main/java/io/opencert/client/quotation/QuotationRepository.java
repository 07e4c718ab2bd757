package io.opencert.client.quotation;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class QuotationRepository implements PanacheRepositoryBase<Quotation, UUID> {

    public Uni<Optional<Quotation>> findWithAudits(UUID id) {
        return find("from Quotation q left join fetch q.audits where q.id = ?1", id)
                .list().map(found -> found.stream().findFirst());
    }
}
