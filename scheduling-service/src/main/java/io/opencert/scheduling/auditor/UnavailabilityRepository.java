package io.opencert.scheduling.auditor;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class UnavailabilityRepository implements PanacheRepositoryBase<Unavailability, UUID> {

    public PanacheQuery<Unavailability> of(UUID auditorId) {
        return find("auditorId = ?1 order by fromDate, toDate", auditorId);
    }

    /** The unavailability of these auditors on any day from {@code start} to {@code end}. */
    public Uni<List<Unavailability>> overlapping(Collection<UUID> auditorIds, LocalDate start, LocalDate end) {
        if (auditorIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("auditorId in ?1 and fromDate <= ?3 and toDate >= ?2 order by fromDate", auditorIds, start, end);
    }
}
