package io.opencert.commons.retention;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Prunes what has served its purpose: outbox rows published longer ago than {@code cb.retention.outbox}, and the ids
 * of events consumed longer ago than {@code cb.retention.processed-events}. The processed ids must outlive the topics'
 * retention ({@code cb.retention.topics}): as long as a record can be redelivered, its id is recognised. Database
 * time, so that a demonstration's adjustable clock prunes nothing early.
 */
@ApplicationScoped
@Startup
public class Retention {
    private static final Logger LOG = Logger.getLogger(Retention.class);
    private static final String PRUNE_OUTBOX = """
            DELETE FROM outbox_event
            WHERE published_at IS NOT NULL AND published_at < now() - make_interval(secs => :seconds)""";
    private static final String PRUNE_PROCESSED = """
            DELETE FROM processed_event WHERE processed_at < now() - make_interval(secs => :seconds)""";

    /** How many rows one run pruned. */
    public record Pruned(int outboxRows, int processedEvents) {
    }

    private final Duration outbox;
    private final Duration processedEvents;

    Retention(@ConfigProperty(name = "cb.retention.outbox") Duration outbox,
              @ConfigProperty(name = "cb.retention.processed-events") Duration processedEvents,
              @ConfigProperty(name = "cb.retention.topics") Duration topics) {
        if (processedEvents.compareTo(topics) <= 0) {
            throw new IllegalStateException("cb.retention.processed-events (" + processedEvents + ") must be longer "
                    + "than the topics' retention cb.retention.topics (" + topics + "): a redelivered event would "
                    + "no longer be recognised");
        }
        this.outbox = outbox;
        this.processedEvents = processedEvents;
    }

    @Scheduled(every = "${cb.retention.interval}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> pruneRegularly() {
        return prune()
                .invoke(pruned -> LOG.debugf("pruned %d outbox rows and %d processed event ids", pruned.outboxRows(),
                        pruned.processedEvents()))
                .replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf("pruning failed: %s", e.getMessage()))
                .onFailure().recoverWithNull();
    }

    public Uni<Pruned> prune() {
        return Panache.withTransaction(() -> delete(PRUNE_OUTBOX, outbox)
                .flatMap(outboxRows -> delete(PRUNE_PROCESSED, processedEvents)
                        .map(processed -> new Pruned(outboxRows, processed))));
    }

    private static Uni<Integer> delete(String sql, Duration age) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(sql)
                .setParameter("seconds", (double) age.toSeconds())
                .executeUpdate());
    }
}
