package io.opencert.audit.finding;

import io.opencert.events.model.FindingGrade;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class FindingRepository implements PanacheRepositoryBase<Finding, UUID> {

    public PanacheQuery<Finding> ofAudit(UUID auditId) {
        return find("auditId", Sort.by("recordedAt").and("id"), auditId);
    }

    /** The number of findings of each grade, every grade present (zero when none). */
    public Uni<Map<FindingGrade, Integer>> countsByGrade(UUID auditId) {
        return find("select f.grade from Finding f where f.auditId = ?1", auditId).project(FindingGrade.class).list()
                .map(FindingRepository::count);
    }

    private static Map<FindingGrade, Integer> count(List<FindingGrade> grades) {
        Map<FindingGrade, Integer> counts = new EnumMap<>(FindingGrade.class);
        Arrays.stream(FindingGrade.values()).forEach(grade -> counts.put(grade, 0));
        grades.forEach(grade -> counts.merge(grade, 1, Integer::sum));
        return counts;
    }
}
