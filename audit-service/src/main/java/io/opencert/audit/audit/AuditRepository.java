package io.opencert.audit.audit;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<Audit, UUID> {

    public PanacheQuery<Audit> ofClient(UUID clientId) {
        return find("clientId", Sort.by("startDate", Sort.Direction.Descending).and("id"), clientId);
    }

    /** The client's audits the team still works on. */
    public Uni<List<Audit>> openOf(UUID clientId) {
        return list("clientId = ?1 and status in ?2", clientId,
                Arrays.stream(AuditStatus.values()).filter(AuditStatus::open).toList());
    }

    /** The client's completed audits other than this one that started no later than it, the latest completed first. */
    public PanacheQuery<Audit> completedBefore(Audit audit) {
        return find("clientId = ?1 and status = ?2 and id <> ?3 and startDate <= ?4",
                Sort.by("completedAt", Sort.Direction.Descending), audit.clientId(), AuditStatus.COMPLETED, audit.id(),
                audit.startDate());
    }

    /** The audits whose team includes the user, the latest start date first. */
    public PanacheQuery<Audit> assignedTo(String username) {
        return find("select a from Audit a join a.team teamMember where teamMember.username = ?1"
                + " order by a.startDate desc, a.scheduledAt desc", username);
    }
}
