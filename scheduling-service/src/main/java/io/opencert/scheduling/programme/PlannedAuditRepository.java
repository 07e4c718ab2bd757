package io.opencert.scheduling.programme;

import io.opencert.scheduling.rules.TeamRules;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlannedAuditRepository implements PanacheRepositoryBase<PlannedAudit, UUID> {

    public Uni<PlannedAudit> findWithProgramme(UUID auditId) {
        return find("from PlannedAudit a join fetch a.programme where a.id = ?1", auditId).firstResult();
    }

    /**
     * The audits other than {@code except} these people are booked for on any day from {@code from} to {@code to}.
     */
    public Uni<List<TeamRules.Booking>> bookingsOf(Collection<String> usernames, LocalDate from, LocalDate to,
                                                   UUID except) {
        if (usernames.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().flatMap(session -> session.createSelectionQuery("""
                        select m.username, a.id, a.startDate, a.endDate
                        from PlannedAudit a join a.team m
                        where m.username in :usernames and a.endDate >= :from and a.startDate <= :to
                          and a.id <> :except""", TeamRules.Booking.class)
                .setParameter("usernames", usernames)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("except", except)
                .getResultList());
    }

    /** A client's booked audits that end on or after {@code from}, with programme and team, by start date. */
    public Uni<List<PlannedAudit>> upcomingOf(UUID clientId, LocalDate from) {
        return find("""
                select distinct a from PlannedAudit a join fetch a.programme p left join fetch a.team
                where p.clientId = ?1 and a.status = ?2 and a.endDate >= ?3
                order by a.startDate, a.id""", clientId, PlannedAuditStatus.BOOKED, from).list();
    }

    /** Every booked audit that ends on or after {@code from}, with programme and team, by start date. */
    public Uni<List<PlannedAudit>> upcoming(LocalDate from) {
        return find("""
                select distinct a from PlannedAudit a join fetch a.programme left join fetch a.team
                where a.status = ?1 and a.endDate >= ?2
                order by a.startDate, a.id""", PlannedAuditStatus.BOOKED, from).list();
    }

    /** The audits this person is on the team of that have dates (booked or done), by start date. */
    public Uni<List<BookedAudit>> bookedFor(String username) {
        return getSession().flatMap(session -> session.createSelectionQuery("""
                        select a.id, a.type, a.startDate, a.endDate, a.days, p.clientName, m.role
                        from PlannedAudit a join a.programme p join a.team m
                        where m.username = :username and a.startDate is not null
                        order by a.startDate, a.id""", BookedAudit.class)
                .setParameter("username", username)
                .getResultList());
    }
}
