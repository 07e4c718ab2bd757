package io.opencert.client.calculation;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class AuditTimeTableRepository implements PanacheRepositoryBase<AuditTimeTableVersion, Integer> {

    /** The table in force: the highest version cb-admin put in place, empty while the built-in one applies. */
    public Uni<Optional<AuditTimeTableVersion>> latest() {
        return find("from AuditTimeTableVersion t left join fetch t.bands "
                + "where t.version = (select max(v.version) from AuditTimeTableVersion v)")
                .list().map(found -> found.stream().findFirst());
    }
}
