package io.opencert.audit.coverage;

import io.opencert.audit.audit.Audit;
import io.opencert.audit.audit.AuditService;
import io.opencert.audit.audit.AuditStatus;
import io.opencert.audit.catalogue.Clause;
import io.opencert.audit.catalogue.Iso20000Part1;
import io.opencert.audit.checklist.ChecklistItem;
import io.opencert.audit.checklist.ChecklistItemRepository;
import io.opencert.audit.coverage.ClauseCoverage.AuditedClauses;
import io.opencert.audit.coverage.ClauseCoverage.Coverage;
import io.opencert.audit.coverage.dto.ClauseCoverageView;
import io.opencert.audit.coverage.dto.ClauseCoverageView.CountedAudit;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ClauseCoverageService {
    private final AuditService audits;
    private final ChecklistItemRepository checklistItems;

    ClauseCoverageService(AuditService audits, ChecklistItemRepository checklistItems) {
        this.audits = audits;
        this.checklistItems = checklistItems;
    }

    /** The clause coverage of the programme's completed audits, for whoever may see an audit of it. */
    @WithSession
    public Uni<ClauseCoverageView> ofProgramme(UUID programmeId) {
        return audits.ofProgramme(programmeId).flatMap(found -> {
            List<Audit> counted = found.stream()
                    .filter(audit -> audit.status() == AuditStatus.COMPLETED && ClauseCoverage.counts(audit.type()))
                    .sorted(Comparator.comparing(Audit::lastDayOnSite).thenComparing(Audit::id))
                    .toList();
            Uni<List<ChecklistItem>> audited = counted.isEmpty()
                    ? Uni.createFrom().item(List.of())
                    : checklistItems.auditedRequirements(counted.stream().map(Audit::id).toList());
            return audited.map(items -> {
                Map<UUID, Set<String>> clausesByAudit = items.stream().collect(Collectors.groupingBy(
                        ChecklistItem::auditId, Collectors.mapping(ChecklistItem::clause, Collectors.toSet())));
                List<AuditedClauses> byAudit = counted.stream().map(audit -> new AuditedClauses(audit.id(), audit.type(),
                        audit.lastDayOnSite(), clausesByAudit.getOrDefault(audit.id(), Set.of()))).toList();
                Coverage coverage = ClauseCoverage.of(Iso20000Part1.LEAVES, byAudit);
                return new ClauseCoverageView(programmeId, found.getFirst().clientId(), byAudit.stream()
                        .map(audit -> new CountedAudit(audit.auditId(), audit.type(), audit.lastDayOnSite(),
                                Iso20000Part1.LEAVES.stream().map(Clause::number).filter(audit.clauses()::contains)
                                        .toList()))
                        .toList(), coverage.requirements(), coverage.neverAudited());
            });
        });
    }
}
