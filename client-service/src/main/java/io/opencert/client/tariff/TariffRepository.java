package io.opencert.client.tariff;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.UUID;

@ApplicationScoped
public class TariffRepository implements PanacheRepositoryBase<TariffVersion, UUID> {

    /** The tariff in force on {@code day}: the latest valid from that day or before; null before the first. */
    public Uni<TariffVersion> validOn(LocalDate day) {
        return find("validFrom <= ?1", Sort.descending("validFrom"), day).firstResult();
    }

    public Uni<TariffVersion> findByValidFrom(LocalDate day) {
        return find("validFrom", day).firstResult();
    }

    public PanacheQuery<TariffVersion> newestFirst() {
        return findAll(Sort.descending("validFrom"));
    }
}
