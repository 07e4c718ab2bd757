package io.opencert.client.client;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

    /** The client with its standards and sites, in one round trip. */
    public Uni<Optional<Client>> findWithSites(UUID id) {
        return find("from Client c left join fetch c.standards left join fetch c.sites where c.id = ?1", id)
                .list().map(found -> found.stream().findFirst());
    }

    public Uni<Client> findByRegistrationNumber(String registrationNumber) {
        return find("registrationNumber", registrationNumber).firstResult();
    }

    /** Clients whose legal name contains {@code name} (any case), or all when it is blank; by legal name. */
    public PanacheQuery<Client> findByName(String name) {
        Sort byName = Sort.by("legalName").and("id");
        if (name == null || name.isBlank()) {
            return findAll(byName);
        }
        return find("lower(legalName) like ?1", byName, "%" + name.strip().toLowerCase() + "%");
    }
}
