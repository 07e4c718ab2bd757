package io.opencert.scheduling.auditor;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditorRepository implements PanacheRepositoryBase<Auditor, UUID> {

    public Uni<Boolean> isRegistered(String username) {
        return count("username", username).map(count -> count > 0);
    }

    /** Whether this person is an auditor who no longer audits for the body on {@code day}. */
    public Uni<Boolean> hasLeftBy(String username, LocalDate day) {
        return count("username = ?1 and leftOn <= ?2", username, day).map(count -> count > 0);
    }

    /**
     * The register entries of these people, locked until the transaction ends: two planners booking the same
     * auditor at the same time then take turns, and the second one sees the first one's booking.
     */
    public Uni<List<Auditor>> lockForBooking(Collection<String> usernames) {
        return find("username in ?1 order by username", usernames).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
