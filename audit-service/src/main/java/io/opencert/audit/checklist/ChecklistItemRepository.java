package io.opencert.audit.checklist;

import io.opencert.audit.catalogue.ChecklistEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

@ApplicationScoped
public class ChecklistItemRepository implements PanacheRepositoryBase<ChecklistItem, UUID> {

    /** Stores a generated checklist for the audit, positions counted from 1. */
    public Uni<Void> create(UUID auditId, List<ChecklistEntry> entries) {
        return persist(IntStream.range(0, entries.size())
                .mapToObj(index -> ChecklistItem.generated(auditId, entries.get(index), index + 1))
                .toList());
    }

    public Uni<List<ChecklistItem>> ofAudit(UUID auditId) {
        return list("auditId", Sort.by("position"), auditId);
    }

    public Uni<ChecklistItem> ofAudit(UUID auditId, UUID itemId) {
        return find("id = ?1 and auditId = ?2", itemId, auditId).firstResult();
    }
}
