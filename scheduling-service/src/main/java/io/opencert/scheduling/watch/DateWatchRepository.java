package io.opencert.scheduling.watch;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The date watch as a few set-based statements over the open audits' due-date index, so that a day's run costs
 * the same few statements for ten or a hundred thousand certificates. The keys of the reminder and overdue tables
 * make a second run, or a second replica running at the same time, find nothing new.
 */
@ApplicationScoped
public class DateWatchRepository {

    /** A surveillance audit newly found overdue. */
    public record Overdue(UUID auditId, UUID programmeId, UUID clientId, UUID certificateId, LocalDate dueBy) {
    }

    /** Raises a reminder for each audit without a booking whose window closes by {@code horizon}; how many. */
    public Uni<Integer> raiseReminders(LocalDate today, LocalDate horizon) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        INSERT INTO planning_reminder (audit_id, due_by, raised_on)
                        SELECT a.id, a.due_by, :today
                        FROM planned_audit a
                        WHERE a.status = 'PLANNED' AND a.due_by <= :horizon
                        ON CONFLICT (audit_id) DO NOTHING""")
                .setParameter("today", today)
                .setParameter("horizon", horizon)
                .executeUpdate());
    }

    /**
     * Records each surveillance audit not completed by its due date that was not recorded before, and returns
     * those just recorded.
     */
    public Uni<List<Overdue>> recordOverdueSurveillance(LocalDate today) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        WITH newly AS (
                            INSERT INTO surveillance_overdue (audit_id, due_by, detected_on)
                            SELECT a.id, a.due_by, :today
                            FROM planned_audit a
                            WHERE a.status IN ('PLANNED', 'BOOKED') AND a.type = 'SURVEILLANCE' AND a.due_by < :today
                            ON CONFLICT (audit_id) DO NOTHING
                            RETURNING audit_id, due_by)
                        SELECT n.audit_id, p.id, p.client_id, p.certificate_id, n.due_by
                        FROM newly n
                        JOIN planned_audit a ON a.id = n.audit_id
                        JOIN audit_programme p ON p.id = a.programme_id
                        ORDER BY n.due_by, n.audit_id""", Object[].class)
                .setParameter("today", today)
                .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new Overdue((UUID) row[0], (UUID) row[1], (UUID) row[2], (UUID) row[3],
                                (LocalDate) row[4]))
                        .toList());
    }
}
