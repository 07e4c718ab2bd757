package io.opencert.client.certificate;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class HeldCertificateRepository implements PanacheRepositoryBase<HeldCertificate, UUID> {

    /** The client's certificates here, in order of number. */
    public Uni<List<HeldCertificate>> ofClient(UUID clientId) {
        return list("clientId = ?1 order by number, certificateId", clientId);
    }
}
