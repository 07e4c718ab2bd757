package io.opencert.audit.finding;

import io.opencert.audit.nonconformity.NonconformityStatus;
import io.opencert.audit.nonconformity.Stage2Repetition.MajorNonconformity;
import io.opencert.events.model.FindingGrade;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class FindingRepository implements PanacheRepositoryBase<Finding, UUID> {

    public PanacheQuery<Finding> ofAudit(UUID auditId) {
        return find("auditId", Sort.by("recordedAt").and("id"), auditId);
    }

    /**
     * What a new audit may follow up of the client's completed audits: every finding of the latest of them and the
     * nonconformities of the others not verified yet (other grades have no status), in the order they were recorded.
     */
    public Uni<List<Finding>> toFollowUp(Collection<UUID> completedAudits, UUID latest) {
        return list("auditId in ?1 and (auditId = ?2 or nonconformityStatus <> ?3)", Sort.by("recordedAt").and("id"),
                completedAudits, latest, NonconformityStatus.VERIFIED);
    }

    /** The major nonconformities of the audit, each with the day of its verification (null while not verified). */
    public Uni<List<MajorNonconformity>> majorNonconformities(UUID auditId) {
        return find("select f.verifiedOn from Finding f where f.auditId = ?1 and f.grade = ?2", auditId,
                FindingGrade.MAJOR_NONCONFORMITY).project(LocalDate.class).list()
                .map(verifiedOn -> verifiedOn.stream().map(MajorNonconformity::new).toList());
    }

    /** The major nonconformities of these audits, each audit's in the order they were recorded. */
    public Uni<List<Finding>> majorNonconformitiesOf(Collection<UUID> auditIds) {
        return list("auditId in ?1 and grade = ?2", Sort.by("auditId").and("recordedAt").and("id"), auditIds,
                FindingGrade.MAJOR_NONCONFORMITY);
    }

    /** The nonconformities of the audit of this grade that are not verified yet. */
    public Uni<Long> countOpen(UUID auditId, FindingGrade grade) {
        return count("auditId = ?1 and grade = ?2 and nonconformityStatus <> ?3", auditId, grade,
                NonconformityStatus.VERIFIED);
    }

    /** The audit's nonconformities, of either grade, in the order they were recorded. */
    public Uni<List<Finding>> nonconformitiesOf(UUID auditId) {
        return list("auditId = ?1 and nonconformityStatus is not null", Sort.by("recordedAt").and("id"), auditId);
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
