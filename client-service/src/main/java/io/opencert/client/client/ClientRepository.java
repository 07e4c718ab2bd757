package io.opencert.client.client;

import io.opencert.events.model.Standard;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

    /** The client with its standards, sites, contacts, services and cloud models. */
    public Uni<Optional<Client>> findWithSites(UUID id) {
        return find("from Client c left join fetch c.standards left join fetch c.sites where c.id = ?1", id)
                .list().map(found -> found.stream().findFirst())
                .call(found -> found.isEmpty() ? Uni.createFrom().voidItem()
                        : Mutiny.fetch(found.get().contacts)
                        .call(() -> Mutiny.fetch(found.get().services))
                        .call(() -> Mutiny.fetch(found.get().cloudServiceModels))
                        .call(() -> Mutiny.fetch(found.get().cloudDeploymentModels)));
    }

    public Uni<Client> findByRegistrationNumber(String registrationNumber) {
        return find("registrationNumber", registrationNumber).firstResult();
    }

    /**
     * Clients by legal name whose legal name or registration number contains {@code name} (any case), in
     * {@code country} and applying for {@code standard}; each filter only when given.
     */
    public PanacheQuery<Client> search(String name, String country, Standard standard) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (name != null && !name.isBlank()) {
            where.append(" and (lower(legalName) like :name or lower(registrationNumber) like :name)");
            parameters.and("name", "%" + name.strip().toLowerCase() + "%");
        }
        if (country != null && !country.isBlank()) {
            where.append(" and country = :country");
            parameters.and("country", country.strip().toUpperCase());
        }
        if (standard != null) {
            where.append(" and :standard member of standards");
            parameters.and("standard", standard);
        }
        return find(where.toString(), Sort.by("legalName").and("id"), parameters);
    }
}
