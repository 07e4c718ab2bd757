package io.opencert.notification.reminder;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReminderPreferenceRepository implements PanacheRepositoryBase<ReminderPreference, UUID> {

    Uni<List<ReminderPreference>> ofClient(UUID clientId) {
        return list("clientId = ?1 order by email", clientId);
    }

    Uni<ReminderPreference> byToken(String token) {
        return find("token", token).firstResult();
    }
}
