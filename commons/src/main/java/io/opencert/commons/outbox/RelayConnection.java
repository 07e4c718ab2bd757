package io.opencert.commons.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The relay's own connection to the database, held for as long as the service runs. It listens for committed outbox
 * rows: {@link Outbox} sends {@code NOTIFY outbox_event} in the transaction that writes one, and PostgreSQL delivers it
 * on commit to every replica that listens. And it holds the relay's turn: a session-level advisory lock, which one
 * replica at a time can hold and which PostgreSQL releases when that replica's connection ends, so that a replica
 * that dies hands the turn on without anyone waiting for a lease to run out. The relay thereby publishes in order
 * without holding a transaction open while the broker acknowledges. Should the connection drop (a database restart),
 * it connects again a little later; meanwhile nobody here has the turn.
 */
@ApplicationScoped
public class RelayConnection {
    static final String CHANNEL = "outbox_event";
    /** The advisory lock key of the relay's turn; any constant, as each service has its own database. */
    public static final long RELAY_LOCK = 0x0c_e4_7e_1a_7L;
    private static final String TAKE_TURN = "SELECT pg_try_advisory_lock($1)";
    private static final Logger LOG = Logger.getLogger(RelayConnection.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final Pool pool;
    private final Vertx vertx;
    private final AtomicBoolean turn = new AtomicBoolean();
    private volatile Runnable onCommit = () -> {
    };
    private volatile boolean stopped;
    private volatile PgConnection connection;

    RelayConnection(Pool pool, Vertx vertx) {
        this.pool = pool;
        this.vertx = vertx;
    }

    /** Connects, listens, and calls {@code onCommit} whenever a transaction that wrote outbox rows has committed. */
    void open(Runnable onCommit) {
        this.onCommit = onCommit;
        connect();
    }

    void close(@Observes ShutdownEvent stopping) {
        stopped = true;
        PgConnection open = connection;
        if (open != null) {
            open.closeAndForget(); // hands the turn on at once
        }
    }

    /** Whether this replica has the relay's turn, taking it if no other replica holds it. */
    Uni<Boolean> takeTurn() {
        PgConnection open = connection;
        if (turn.get() || open == null) {
            return Uni.createFrom().item(turn.get());
        }
        // the answer comes on this connection's context; the relay goes on on its own
        Context caller = io.vertx.core.Vertx.currentContext();
        return open.preparedQuery(TAKE_TURN).execute(Tuple.of(RELAY_LOCK))
                .map(rows -> rows.iterator().next().getBoolean(0))
                .invoke(taken -> {
                    if (taken && connection == open) {
                        turn.set(true);
                        LOG.infof("this replica publishes the outbox now");
                    }
                })
                .map(ignored -> turn.get())
                .onFailure().recoverWithItem(false)
                .emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }

    private void connect() {
        if (stopped) {
            return;
        }
        pool.getConnection()
                .map(PgConnection::cast)
                .call(opened -> opened.query("LISTEN " + CHANNEL).execute())
                .subscribe().with(opened -> {
                    connection = opened;
                    opened.notificationHandler(notification -> onCommit.run());
                    opened.closeHandler(() -> {
                        connection = null;
                        turn.set(false);
                        connectLater();
                    });
                    onCommit.run(); // what was committed while nobody listened
                }, e -> {
                    LOG.debugf("cannot connect the outbox relay yet: %s", e.getMessage());
                    connectLater();
                });
    }

    private void connectLater() {
        if (!stopped) {
            vertx.setTimer(RETRY.toMillis(), ignored -> connect());
        }
    }
}
