package io.opencert.commons.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Wakes the relay when a transaction that wrote outbox rows commits: {@link Outbox} sends {@code NOTIFY outbox_event}
 * in that transaction, PostgreSQL delivers it on commit to every replica that listens, and this one listens on a
 * connection of its own. Should the connection drop (a database restart), it listens again a little later; meanwhile
 * the relay's polling carries on.
 */
@ApplicationScoped
public class OutboxWakeUp {
    static final String CHANNEL = "outbox_event";
    private static final Logger LOG = Logger.getLogger(OutboxWakeUp.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final Pool pool;
    private final Vertx vertx;
    private final OutboxRelay relay;
    private volatile boolean stopped;
    private volatile PgConnection listening;

    OutboxWakeUp(Pool pool, Vertx vertx, OutboxRelay relay) {
        this.pool = pool;
        this.vertx = vertx;
        this.relay = relay;
    }

    void start(@Observes StartupEvent started) {
        listen();
    }

    void stop(@Observes ShutdownEvent stopping) {
        stopped = true;
        PgConnection connection = listening;
        if (connection != null) {
            connection.closeAndForget();
        }
    }

    private void listen() {
        if (stopped) {
            return;
        }
        pool.getConnection()
                .map(PgConnection::cast)
                .call(connection -> connection.query("LISTEN " + CHANNEL).execute())
                .subscribe().with(connection -> {
                    listening = connection;
                    connection.notificationHandler(notification -> relay.wake());
                    connection.closeHandler(() -> {
                        listening = null;
                        listenLater();
                    });
                    relay.wake(); // what was committed while nobody listened
                }, e -> {
                    LOG.debugf("cannot listen for outbox rows yet: %s", e.getMessage());
                    listenLater();
                });
    }

    private void listenLater() {
        if (!stopped) {
            vertx.setTimer(RETRY.toMillis(), ignored -> listen());
        }
    }
}
