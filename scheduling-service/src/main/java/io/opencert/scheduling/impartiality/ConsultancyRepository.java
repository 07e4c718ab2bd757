package io.opencert.scheduling.impartiality;

import io.opencert.scheduling.rules.Impartiality;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConsultancyRepository implements PanacheRepositoryBase<ClientConsultancy, UUID> {

    /** Every consultancy the register knows of for the client, earliest first, as the rules see them. */
    public Uni<List<Impartiality.Consultancy>> ofClient(UUID clientId) {
        return list("clientId = ?1 order by fromDate, consultancyId", clientId)
                .map(found -> found.stream().map(ClientConsultancy::toRule).toList());
    }
}
