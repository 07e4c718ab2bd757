package io.opencert.audit.nonconformity;

import io.opencert.audit.audit.Audit;
import io.opencert.audit.audit.AuditStatus;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.FindingGrade;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MajorCorrectionCheckRepository implements PanacheRepositoryBase<MajorCorrectionCheck, UUID> {

    /**
     * The completed audits of these types with a major nonconformity, whose last day on site is no later than
     * {@code latestLastDayOnSite} and that were not checked yet, the earliest deadline first.
     */
    public Uni<List<Audit>> unchecked(Collection<AuditType> types, LocalDate latestLastDayOnSite) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery("""
                        from Audit a
                        where a.status = :completed and a.type in :types and a.lastDayOnSite <= :latest
                          and exists (from Finding f where f.auditId = a.id and f.grade = :major)
                          and not exists (from MajorCorrectionCheck c where c.auditId = a.id)
                        order by a.lastDayOnSite, a.id""", Audit.class)
                .setParameter("completed", AuditStatus.COMPLETED)
                .setParameter("types", types)
                .setParameter("latest", latestLastDayOnSite)
                .setParameter("major", FindingGrade.MAJOR_NONCONFORMITY)
                .getResultList());
    }

    /**
     * Records the check unless the audit was checked already, also by a run committing at the same moment (whose row
     * this insert waits for); true when this call recorded it, and so is the one to report it.
     */
    public Uni<Boolean> record(MajorCorrectionCheck check) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        INSERT INTO major_correction_check
                            (audit_id, deadline, overdue, checked_on, checked_by, checked_at)
                        VALUES (:auditId, :deadline, :overdue, :checkedOn, :checkedBy, :checkedAt)
                        ON CONFLICT (audit_id) DO NOTHING""")
                .setParameter("auditId", check.auditId())
                .setParameter("deadline", check.deadline())
                .setParameter("overdue", check.overdue())
                .setParameter("checkedOn", check.checkedOn())
                .setParameter("checkedBy", check.checkedBy())
                .setParameter("checkedAt", check.checkedAt())
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
