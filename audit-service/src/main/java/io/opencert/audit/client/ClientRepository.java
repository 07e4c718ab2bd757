package io.opencert.audit.client;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

    /** The client's name as client-service last published it; null while audit-service has not heard of the client. */
    public Uni<String> legalName(UUID clientId) {
        return findById(clientId).map(client -> client == null ? null : client.legalName());
    }
}
