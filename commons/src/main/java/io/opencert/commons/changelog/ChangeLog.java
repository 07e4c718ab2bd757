package io.opencert.commons.changelog;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Who changed what, and when: written in the transaction of the change. */
@ApplicationScoped
public class ChangeLog {
    private final Clock clock;

    ChangeLog(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> record(String actor, String entityType, Object entityId, String action, String details) {
        ChangeLogEntry entry = new ChangeLogEntry();
        entry.id = UUID.randomUUID();
        entry.at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        entry.actor = actor;
        entry.entityType = entityType;
        entry.entityId = String.valueOf(entityId);
        entry.action = action;
        entry.details = details;
        return entry.persist().replaceWithVoid();
    }

    public Uni<List<ChangeLogEntry>> history(String entityType, Object entityId) {
        return ChangeLogEntry.list("entityType = ?1 and entityId = ?2 order by at", entityType, String.valueOf(entityId));
    }
}
