package io.opencert.audit.audit;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<Audit, UUID> {

    public PanacheQuery<Audit> ofClient(UUID clientId) {
        return find("clientId", Sort.by("startDate", Sort.Direction.Descending).and("id"), clientId);
    }

    /** The audits whose team includes the user, the latest start date first. */
    public PanacheQuery<Audit> assignedTo(String username) {
        return find("select a from Audit a join a.team teamMember where teamMember.username = ?1"
                + " order by a.startDate desc, a.scheduledAt desc", username);
    }
}
