package io.opencert.notification.notice;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NoticeRepository implements PanacheRepositoryBase<Notice, UUID> {

    Uni<Boolean> exists(UUID causeEventId, NoticeKind kind) {
        return count("causeEventId = ?1 and kind = ?2", causeEventId, kind).map(found -> found > 0);
    }

    Uni<List<Notice>> awaitingContacts(UUID clientId) {
        return list("clientId = ?1 and state = ?2 order by occurredAt", clientId, NoticeState.AWAITING_CONTACTS);
    }
}
