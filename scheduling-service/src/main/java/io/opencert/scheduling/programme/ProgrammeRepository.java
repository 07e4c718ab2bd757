package io.opencert.scheduling.programme;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<AuditProgramme, UUID> {

    /** The programme with its audits and their teams, in one query (without the in-memory paging of firstResult). */
    public Uni<Optional<AuditProgramme>> findWithAudits(UUID id) {
        return find("""
                select p from AuditProgramme p
                left join fetch p.audits a
                left join fetch a.team
                where p.id = ?1""", id).list().map(found -> found.stream().findFirst());
    }

    /**
     * The programme with its audits and their teams, locked until the transaction ends: two planners changing the
     * same programme take turns, and the second one sees what the first one did.
     */
    public Uni<Optional<AuditProgramme>> lockWithAudits(UUID id) {
        // the row lock only: an entity loaded with a pessimistic lock would not take markChanged's version increment
        return getSession()
                .flatMap(session -> session.createNativeQuery("SELECT id FROM audit_programme WHERE id = :id FOR UPDATE")
                        .setParameter("id", id)
                        .getResultList())
                .flatMap(locked -> locked.isEmpty() ? Uni.createFrom().item(Optional.empty()) : findWithAudits(id));
    }

    /** The programmes (cycles) that maintain a certificate, with their audits and teams. */
    public Uni<List<AuditProgramme>> maintaining(UUID certificateId) {
        return find("""
                select distinct p from AuditProgramme p
                left join fetch p.audits a
                left join fetch a.team
                where p.certificateId = ?1""", certificateId).list();
    }

    /** Every cycle of the client, with their audits and teams. */
    public Uni<List<AuditProgramme>> ofClientWithAudits(UUID clientId) {
        return find("""
                select distinct p from AuditProgramme p
                left join fetch p.audits a
                left join fetch a.team
                where p.clientId = ?1""", clientId).list();
    }

    /** The client's latest cycle with a certificate, locked like {@link #lockWithAudits}; empty when there is none. */
    public Uni<Optional<AuditProgramme>> lockLatestCertified(UUID clientId) {
        return lockLatest("p.clientId = ?1 and p.certificateId is not null", clientId);
    }

    /** The client's latest cycle transferred from another body, locked like {@link #lockWithAudits}. */
    public Uni<Optional<AuditProgramme>> lockLatestTransfer(UUID clientId) {
        return lockLatest("p.clientId = ?1 and p.transferredCertificateNumber is not null", clientId);
    }

    /** Only the id is read before the lock: an entity loaded now would keep what it was before the lock. */
    private Uni<Optional<AuditProgramme>> lockLatest(String which, UUID clientId) {
        return getSession()
                .flatMap(session -> session.createSelectionQuery("select p.id from AuditProgramme p where " + which
                                + " order by p.createdAt desc, p.cycle desc", UUID.class)
                        .setParameter(1, clientId)
                        .setMaxResults(1)
                        .getResultList())
                .flatMap(latest -> latest.isEmpty()
                        ? Uni.createFrom().item(Optional.empty())
                        : lockWithAudits(latest.getFirst()));
    }

    public Uni<Boolean> hasCycle(UUID contractId, int cycle) {
        return count("contractId = ?1 and cycle = ?2", contractId, cycle).map(count -> count > 0);
    }

    /** Newest first; all clients when {@code clientId} is null. */
    public PanacheQuery<AuditProgramme> listed(UUID clientId) {
        return clientId == null
                ? find("order by createdAt desc, id")
                : find("clientId = ?1 order by createdAt desc, id", clientId);
    }

    /**
     * A change of one of its audits is a change of the programme: raising its version makes a concurrent
     * change based on the previous version fail instead of overwriting this one.
     */
    public Uni<Void> markChanged(AuditProgramme programme) {
        return getSession().flatMap(session -> session.lock(programme, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
    }
}
