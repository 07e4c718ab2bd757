package io.opencert.scheduling.planning;

import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.events.model.AuditType;
import io.opencert.scheduling.planning.dto.BoardEntry;
import io.opencert.scheduling.planning.dto.DeviationEntry;
import io.opencert.scheduling.programme.PlannedAuditStatus;
import io.opencert.scheduling.programme.dto.Deviation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
public class PlanningRepository {

    /** One booked (or done) audit's days of one team member within one month. */
    public record BookedMonth(String username, String month, int days) {
    }

    /** Audits without a booking: urgent first, then by due date; only those reminded of when asked. */
    public Uni<Page<BoardEntry>> unbooked(BoardFilter filter, boolean remindedOnly, PageRequest page) {
        List<String> conditions = new ArrayList<>(List.of("a.status = :planned"));
        Map<String, Object> parameters = new HashMap<>(Map.of("planned", PlannedAuditStatus.PLANNED));
        filter(filter, conditions, parameters);
        if (remindedOnly) {
            conditions.add("r.auditId is not null");
        }
        String from = " from PlannedAudit a join a.programme p left join PlanningReminder r on r.auditId = a.id where "
                + String.join(" and ", conditions);
        return page("""
                        select a.id, p.id, p.clientId, p.clientName, a.type, a.dueFrom, a.dueBy, a.days, a.urgent,
                               r.raisedOn, case when a.liftsSuspensionUntil is null then false else true end,
                               a.liftsSuspensionUntil""", from, " order by a.urgent desc, a.dueBy, a.id",
                BoardEntry.class, parameters, page, entry -> entry);
    }

    /** Audits booked against the programme, with a recorded deviation: the earliest start first. */
    public Uni<Page<DeviationEntry>> deviations(BoardFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>(List.of("a.deviationRule is not null"));
        Map<String, Object> parameters = new HashMap<>();
        filter(filter, conditions, parameters);
        String from = " from PlannedAudit a join a.programme p where " + String.join(" and ", conditions);
        return page("""
                        select a.id, p.id, p.clientId, p.clientName, a.type, a.status, a.dueFrom, a.dueBy,
                               a.startDate, a.endDate, a.deviationRule, a.deviationReason, a.deviationRecordedBy""",
                from, " order by a.startDate, a.id", Object[].class, parameters, page,
                row -> new DeviationEntry((UUID) row[0], (UUID) row[1], (UUID) row[2], (String) row[3],
                        (AuditType) row[4], (PlannedAuditStatus) row[5], (LocalDate) row[6], (LocalDate) row[7],
                        (LocalDate) row[8], (LocalDate) row[9],
                        new Deviation((String) row[10], (String) row[11], (String) row[12])));
    }

    /** The board's filters (type, client, due before) as query conditions on audit {@code a} of programme {@code p}. */
    private static void filter(BoardFilter filter, List<String> conditions, Map<String, Object> parameters) {
        if (filter.type() != null) {
            conditions.add("a.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.clientId() != null) {
            conditions.add("p.clientId = :clientId");
            parameters.put("clientId", filter.clientId());
        }
        if (filter.dueBefore() != null) {
            conditions.add("a.dueBy <= :dueBefore");
            parameters.put("dueBefore", filter.dueBefore());
        }
    }

    /** One page of {@code select from orderBy}, with the total count of {@code from}; each row made an entry. */
    private static <R, T> Uni<Page<T>> page(String select, String from, String orderBy, Class<R> rowType,
                                            Map<String, Object> parameters, PageRequest page, Function<R, T> entry) {
        return Panache.getSession().flatMap(session -> {
            var items = session.createSelectionQuery(select + from + orderBy, rowType)
                    .setFirstResult(page.page() * page.size())
                    .setMaxResults(page.size());
            var total = session.createSelectionQuery("select count(a) " + from, Long.class);
            parameters.forEach((name, value) -> {
                items.setParameter(name, value);
                total.setParameter(name, value);
            });
            return items.getResultList().flatMap(found -> total.getSingleResult()
                    .map(count -> new Page<>(page.page(), page.size(), count, found.stream().map(entry).toList())));
        });
    }

    /** Booked calendar days per person and month, for the months from {@code first} to {@code last}. */
    public Uni<List<BookedMonth>> bookedMonths(LocalDate first, LocalDate last) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT m.username, to_char(month, 'YYYY-MM'),
                               CAST(sum(least(a.end_date, CAST(month + interval '1 month - 1 day' AS date))
                                        - greatest(a.start_date, CAST(month AS date)) + 1) AS integer)
                        FROM generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 month') AS month
                        JOIN planned_audit a
                          ON a.start_date <= CAST(month + interval '1 month - 1 day' AS date)
                         AND a.end_date >= CAST(month AS date)
                        JOIN audit_team_member m ON m.planned_audit_id = a.id
                        GROUP BY m.username, month
                        ORDER BY m.username, month""", Object[].class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new BookedMonth((String) row[0], (String) row[1], ((Number) row[2]).intValue()))
                        .toList());
    }
}
