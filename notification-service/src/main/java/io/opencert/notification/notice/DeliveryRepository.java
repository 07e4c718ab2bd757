package io.opencert.notification.notice;

import io.opencert.notification.addressee.Recipient;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /**
     * The mails due by {@code now}, oldest first, locked for this transaction; another replica's run skips them, so
     * that each mail is handed to the relay by one replica.
     */
    Uni<List<Delivery>> claimDue(Instant now, int limit) {
        return getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT * FROM delivery WHERE state = 'PENDING' AND next_attempt_at <= :now
                        ORDER BY next_attempt_at, created_at LIMIT :limit FOR UPDATE SKIP LOCKED""", Delivery.class)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("limit", limit)
                .getResultList());
    }

    /** Newest first; each filter only when given. */
    PanacheQuery<Delivery> search(UUID clientId, DeliveryState state, NoticeKind kind, String recipient) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (clientId != null) {
            where.append(" and clientId = :clientId");
            parameters.and("clientId", clientId);
        }
        if (state != null) {
            where.append(" and state = :state");
            parameters.and("state", state);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (recipient != null) {
            where.append(" and recipient = :recipient");
            parameters.and("recipient", new Recipient(null, recipient).email());
        }
        return find(where + " order by createdAt desc, id", parameters);
    }
}
