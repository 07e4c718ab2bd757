package io.opencert.scheduling.auditor;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class CalendarTokenRepository implements PanacheRepositoryBase<CalendarToken, UUID> {

    public Uni<CalendarToken> findByHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResult();
    }
}
