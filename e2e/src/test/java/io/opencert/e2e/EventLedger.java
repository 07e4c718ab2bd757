package io.opencert.e2e;

import io.opencert.localstack.Platform;
import io.opencert.localstack.PostgresServer;

import org.awaitility.core.ConditionTimeoutException;


import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.awaitility.Awaitility.await;

/**
 * What the four databases say about the events: each service's outbox (what it published) against the inboxes
 * ({@code processed_event}) of the services that read its topic, and the effect each event leaves in a consumer's
 * tables against its cause, so that a lost event or one applied twice shows.
 */
final class EventLedger {

    /** Who reads each service's topic. */
    static final Map<String, List<String>> READERS = Map.of(
            "client-service", List.of("scheduling-service", "audit-service", "certificate-service",
                    "notification-service"),
            "scheduling-service", List.of("audit-service", "certificate-service", "notification-service"),
            "audit-service", List.of("scheduling-service", "certificate-service", "notification-service"),
            "certificate-service", List.of("client-service", "scheduling-service", "notification-service"));

    /**
     * An event's effect in a consumer: {@code causes} (in the producer's database) gives one key per event, and
     * {@code effects} (in the consumer's) one row per time the effect was applied, keyed alike. The change log is
     * written in the effect's transaction and has no key of its own, so an effect applied twice leaves two rows.
     */
    record Effect(String what, String producer, String causes, String consumer, String effects) {
    }

    static final List<Effect> EFFECTS = List.of(
            new Effect("a registered client is known to the audits", "client-service",
                    "SELECT subject FROM outbox_event WHERE event_type = 'cb.client.registered.v1'",
                    "audit-service", "SELECT id::text FROM client"),
            new Effect("a signed contract opens one audit programme", "client-service",
                    "SELECT payload::jsonb->>'contractId' FROM outbox_event WHERE event_type = 'cb.client.contract-signed.v1'",
                    "scheduling-service", "SELECT p.contract_id::text FROM change_log c JOIN audit_programme p "
                            + "ON c.entity_id = p.id::text WHERE c.entity_type = 'AuditProgramme' AND c.action = 'CREATED'"),
            new Effect("a transfer contract opens one transfer decision", "client-service",
                    "SELECT payload::jsonb->>'contractId' FROM outbox_event WHERE event_type = 'cb.client.contract-signed.v1'"
                            + " AND payload::jsonb->'transfer' IS NOT NULL AND payload::jsonb->'transfer' <> 'null'::jsonb",
                    "certificate-service", "SELECT contract_id::text FROM certification_decision WHERE kind = 'TRANSFER'"),
            new Effect("an issued certificate is maintained by its programme once", "certificate-service",
                    "SELECT subject FROM outbox_event WHERE event_type = 'cb.certificate.issued.v1'",
                    "scheduling-service", "SELECT p.certificate_id::text FROM change_log c JOIN audit_programme p "
                            + "ON c.entity_id = p.id::text WHERE c.action = 'CERTIFICATE_ISSUED'"),
            new Effect("an issued certificate is held by its client", "certificate-service",
                    "SELECT subject FROM outbox_event WHERE event_type = 'cb.certificate.issued.v1'",
                    "client-service", "SELECT certificate_id::text FROM held_certificate"),
            new Effect("a booked audit is scheduled once for its team", "scheduling-service",
                    "SELECT payload::jsonb->>'auditId' FROM outbox_event WHERE event_type = 'cb.scheduling.audit-scheduled.v1'",
                    "audit-service", "SELECT entity_id FROM change_log WHERE action = 'scheduled'"),
            new Effect("a cancelled booking cancels its audit once", "scheduling-service",
                    "SELECT payload::jsonb->>'auditId' FROM outbox_event WHERE event_type = 'cb.scheduling.audit-cancelled.v1'",
                    "audit-service", "SELECT entity_id FROM change_log WHERE action = 'cancelled'"),
            new Effect("a completed audit completes its planned audit once", "audit-service",
                    "SELECT payload::jsonb->>'auditId' FROM outbox_event WHERE event_type = 'cb.audit.completed.v1'",
                    "scheduling-service", "SELECT entity_id FROM change_log WHERE entity_type = 'PlannedAudit' "
                            + "AND action = 'COMPLETED'"),
            new Effect("a completed audit opens one decision", "audit-service",
                    "SELECT payload::jsonb->>'auditId' FROM outbox_event WHERE event_type = 'cb.audit.completed.v1'",
                    "certificate-service", "SELECT audit_id::text FROM certification_decision WHERE audit_id IS NOT NULL"));

    private final PostgresServer postgres;

    EventLedger(PostgresServer postgres) {
        this.postgres = postgres;
    }

    /** Waits until every service published its whole outbox and every reader took every event of its topics. */
    void awaitSettled(Duration patience) {
        try {
            await().atMost(patience).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(this::settled);
        } catch (ConditionTimeoutException e) {
            List<String> unpublished = new ArrayList<>();
            Platform.SERVICES.forEach(service -> unpublished(service).forEach(event -> unpublished.add(service + ": " + event)));
            throw new AssertionError("not settled within " + patience + "; unpublished " + firstOf(unpublished)
                    + "; untaken " + firstOf(untaken()), e);
        }
    }

    private static String firstOf(List<String> events) {
        return events.size() + " " + events.subList(0, Math.min(events.size(), 20));
    }

    private boolean settled() {
        for (String service : Platform.SERVICES) {
            if (!unpublished(service).isEmpty()) {
                return false;
            }
        }
        return untaken().isEmpty();
    }

    /** Events still in a service's outbox, unpublished. */
    List<String> unpublished(String service) {
        return column(service, "SELECT event_type || ' ' || id FROM outbox_event WHERE published_at IS NULL");
    }

    /** Each event that a reader of its topic has not taken (not in its inbox), as "reader: type id". */
    List<String> untaken() {
        List<String> missing = new ArrayList<>();
        READERS.forEach((producer, readers) -> {
            List<String> published = column(producer, "SELECT event_type || ' ' || id FROM outbox_event");
            for (String reader : readers) {
                Set<String> taken = new HashSet<>(column(reader, "SELECT event_type || ' ' || event_id FROM processed_event "
                        + "WHERE source = '/" + producer + "'"));
                published.stream().filter(e -> !taken.contains(e)).forEach(e -> missing.add(reader + ": " + e));
            }
        });
        return missing;
    }

    /** Events in a reader's inbox that their source never published, as "reader: type id". */
    List<String> takenButNeverPublished() {
        List<String> phantoms = new ArrayList<>();
        READERS.forEach((producer, readers) -> {
            Set<String> published = new HashSet<>(column(producer, "SELECT event_type || ' ' || id FROM outbox_event"));
            for (String reader : readers) {
                column(reader, "SELECT event_type || ' ' || event_id FROM processed_event WHERE source = '/" + producer + "'")
                        .stream().filter(e -> !published.contains(e)).forEach(e -> phantoms.add(reader + ": " + e));
            }
        });
        return phantoms;
    }

    /** Each cause whose effect is missing, applied more than once, or an effect without its cause. */
    List<String> effectsNotOncePerCause() {
        List<String> wrong = new ArrayList<>();
        for (Effect effect : EFFECTS) {
            Set<String> causes = new HashSet<>(column(effect.producer(), effect.causes()));
            Map<String, Integer> applied = new HashMap<>();
            column(effect.consumer(), effect.effects()).forEach(key -> applied.merge(key, 1, Integer::sum));
            causes.forEach(cause -> {
                int times = applied.getOrDefault(cause, 0);
                if (times != 1) {
                    wrong.add(effect.what() + ": " + cause + " applied " + times + " times");
                }
            });
            applied.keySet().stream().filter(key -> !causes.contains(key))
                    .forEach(key -> wrong.add(effect.what() + ": " + key + " without its event"));
        }
        return wrong;
    }

    /**
     * Entries of a consumer's change log that an event's effect wrote twice: same source, entity, action and details
     * (the effects of different events always differ in one of them).
     */
    List<String> changesRecordedTwice() {
        List<String> twice = new ArrayList<>();
        for (String service : Platform.SERVICES) {
            column(service, "SELECT actor || ' ' || entity_type || ' ' || entity_id || ' ' || action || ': ' "
                    + "|| coalesce(details, '') FROM change_log WHERE actor LIKE '/%' "
                    + "GROUP BY actor, entity_type, entity_id, action, details HAVING count(*) > 1")
                    .forEach(entry -> twice.add(service + ": " + entry));
        }
        return twice;
    }

    /** How many events of this type the producer published. */
    int published(String producer, String eventType) {
        return Integer.parseInt(column(producer, "SELECT count(*)::text FROM outbox_event WHERE event_type = '"
                + eventType + "'").getFirst());
    }

    /** The first column of every row, as text. */
    List<String> column(String service, String sql) {
        try (Connection c = postgres.connect(Platform.DATABASES.get(service)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + sql, e);
        }
    }
}
