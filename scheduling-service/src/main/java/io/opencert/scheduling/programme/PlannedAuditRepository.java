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

    /** The audits these people are booked for that end on or after {@code from}. */
    public Uni<List<TeamRules.Booking>> bookingsOf(Collection<String> usernames, LocalDate from) {
        return getSession().flatMap(session -> session.createSelectionQuery("""
                        select m.username, a.id, a.startDate, a.endDate
                        from PlannedAudit a join a.team m
                        where m.username in :usernames and a.endDate >= :from""", TeamRules.Booking.class)
                .setParameter("usernames", usernames)
                .setParameter("from", from)
                .getResultList());
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
