package io.opencert.certificate.complaint;

import io.opencert.certificate.rules.ComplaintsAndAppeals.Deadlines;
import io.opencert.certificate.rules.HandlingStatus;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.events.EventPayload;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Every step of a complaint or appeal is recorded twice in the caller's transaction: in the change log (who, when,
 * what) and as its event in the outbox. The staff registers filter by status and by overdue.
 */
@ApplicationScoped
class HandlingRecords {
    private final ChangeLog changeLog;
    private final Outbox outbox;

    HandlingRecords(ChangeLog changeLog, Outbox outbox) {
        this.changeLog = changeLog;
        this.outbox = outbox;
    }

    Uni<Void> record(String entity, UUID id, String actor, String action, String details, EventPayload event) {
        return changeLog.record(actor, entity, id, action, details).chain(() -> outbox.record(event)).replaceWithVoid();
    }

    /** A query of the registers: the equality filters given (a null value filters nothing), the status, and whether overdue now. */
    record Filter(String query, Map<String, Object> parameters) {
        static Filter of(Map<String, Object> equal, HandlingStatus status, Boolean overdue, Deadlines deadlines,
                         Instant now) {
            StringBuilder query = new StringBuilder("1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            equal.forEach((field, value) -> {
                if (value == null) {
                    return;
                }
                query.append(" and ").append(field).append(" = :").append(field);
                parameters.put(field, value);
            });
            if (status != null) {
                query.append(" and handling.status = :status");
                parameters.put("status", status);
            }
            if (overdue != null) {
                String late = "(handling.status = :received and handling.receivedAt < :acknowledgeCutoff"
                        + " or handling.status in :awaiting and handling.receivedAt < :decideCutoff)";
                query.append(overdue ? " and " + late : " and not " + late);
                parameters.put("received", HandlingStatus.RECEIVED);
                parameters.put("awaiting", Arrays.stream(HandlingStatus.values()).filter(HandlingStatus::awaitsDecision)
                        .toList());
                parameters.put("acknowledgeCutoff", now.minus(deadlines.acknowledgeWithin()));
                parameters.put("decideCutoff", now.minus(deadlines.decideWithin()));
            }
            return new Filter(query.toString(), parameters);
        }
    }
}
