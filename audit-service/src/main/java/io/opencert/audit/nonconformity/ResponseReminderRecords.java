package io.opencert.audit.nonconformity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The reminders of the client's answers sent so far, one per nonconformity and due date. */
@ApplicationScoped
public class ResponseReminderRecords {

    /**
     * The nonconformities of completed audits still awaiting the client's answer (never answered, or returned), due
     * from {@code from} to {@code until}, that no reminder was sent for at that due date; by audit, as recorded.
     */
    Uni<List<UUID>> due(LocalDate from, LocalDate until) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT f.id FROM finding f JOIN audit a ON a.id = f.audit_id
                        WHERE a.status = 'COMPLETED' AND f.nc_status IN ('AWAITING_RESPONSE', 'RETURNED')
                          AND f.response_due BETWEEN :from AND :until
                          AND NOT EXISTS (SELECT 1 FROM response_reminder r
                                          WHERE r.finding_id = f.id AND r.response_due = f.response_due)
                        ORDER BY f.audit_id, f.recorded_at, f.id""", UUID.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList());
    }

    /** True when this run records the reminder; false when another run or replica did. */
    Uni<Boolean> record(UUID findingId, LocalDate responseDue, UUID auditId, LocalDate today, String actor) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        INSERT INTO response_reminder (finding_id, response_due, audit_id, reminded_on, reminded_by)
                        VALUES (:finding, :due, :audit, :today, :actor) ON CONFLICT DO NOTHING""")
                .setParameter("finding", findingId)
                .setParameter("due", responseDue)
                .setParameter("audit", auditId)
                .setParameter("today", today)
                .setParameter("actor", actor)
                .executeUpdate()
                .map(rows -> rows == 1));
    }
}
