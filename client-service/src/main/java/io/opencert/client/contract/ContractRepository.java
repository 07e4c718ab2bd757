package io.opencert.client.contract;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    public Uni<Optional<Contract>> findWithAudits(UUID id) {
        return find("from Contract c left join fetch c.standards left join fetch c.audits "
                + "left join fetch c.sites left join fetch c.excludedAuditors left join fetch c.technicalAreas where c.id = ?1", id)
                .list().map(found -> found.stream().findFirst());
    }
}
