package io.opencert.commons.inbox;

import com.fasterxml.jackson.core.JacksonException;
import io.opencert.commons.problem.ProblemException;
import io.vertx.pgclient.PgException;

import java.net.SocketException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * What a failed record means for the consumer. An outage of the infrastructure (the database unreachable, timing out
 * or out of connections, a broker error) passes: the record waits for it, in order. A record that can never succeed
 * (unreadable, of an unknown type, refused by a rule) is poison and goes to the dead-letter topic at once. Anything
 * else is retried a few times, then dead-lettered with its reason.
 */
public enum Failure {
    TRANSIENT, POISON, UNKNOWN;

    /** SQLSTATE classes of connection trouble, insufficient resources, operator intervention and rollbacks. */
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "53", "57", "40");
    /** "The database system is starting up / not accepting connections" and "lock not available". */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("55000", "55P03");

    public static Failure of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isOutage(cause)) {
                return TRANSIENT;
            }
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PoisonRecord || cause instanceof JacksonException
                    || cause instanceof ProblemException) {
                return POISON;
            }
        }
        return UNKNOWN;
    }

    private static boolean isOutage(Throwable cause) {
        if (cause instanceof SocketException || cause instanceof TimeoutException) {
            return true; // ConnectException (refused, timed out) and a connection reset are SocketExceptions
        }
        if (cause instanceof PgException pg && pg.getSqlState() != null) {
            String state = pg.getSqlState();
            return TRANSIENT_SQL_CLASSES.contains(state.substring(0, 2)) || TRANSIENT_SQL_STATES.contains(state);
        }
        // Vert.x reports a closed connection, a pool that waits too long and a connect timeout without a type of
        // their own
        String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        return cause.getClass().getName().startsWith("io.vertx.") && (message.contains("connection")
                || message.contains("timeout") || message.contains("timed out") || message.contains("pool"));
    }
}
