package io.opencert.audit.checklist;

import io.opencert.audit.catalogue.ChecklistEntry;
import io.opencert.audit.catalogue.ChecklistSection;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
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

    /** The items of these audits that say a requirement of clauses 4 to 10 of ISO/IEC 20000-1 was audited. */
    public Uni<List<ChecklistItem>> auditedRequirements(Collection<UUID> auditIds) {
        return list("auditId in ?1 and section = ?2 and answer in ?3", auditIds, ChecklistSection.SMS_REQUIREMENTS,
                EvidenceCoverage.AUDITED);
    }

    public Uni<ChecklistItem> ofAudit(UUID auditId, UUID itemId) {
        return find("id = ?1 and auditId = ?2", itemId, auditId).firstResult();
    }
}
