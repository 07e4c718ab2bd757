package io.opencert.client.impartiality;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConsultancyRepository implements PanacheRepositoryBase<Consultancy, UUID> {

    public Uni<List<Impartiality.Relationship>> relationshipsOf(UUID clientId) {
        return list("clientId", clientId).map(found -> found.stream().map(Consultancy::relationship).toList());
    }

    /** The register, newest first, of one client or of all. */
    public PanacheQuery<Consultancy> register(UUID clientId) {
        Sort newestFirst = Sort.descending("fromDate").and("id");
        return clientId == null ? findAll(newestFirst) : find("clientId", newestFirst, clientId);
    }
}
