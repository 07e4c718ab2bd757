package io.opencert.commons.inbox;

import com.fasterxml.jackson.core.JsonParseException;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.commons.problem.Rule;
import io.opencert.commons.problem.RuleText;
import io.vertx.pgclient.PgException;
import org.hibernate.HibernateException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FailureTest {
    private enum SampleRule implements Rule {
        SAMPLE;

        @Override
        public RuleText text() {
            return new RuleText("Sample", "Workflow");
        }
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("connection refused", new ConnectException("Connection refused"), Failure.TRANSIENT),
                Arguments.of("connection reset, wrapped", new HibernateException(
                        new CompletionException(new SocketException("Connection reset"))), Failure.TRANSIENT),
                Arguments.of("timeout", new TimeoutException(), Failure.TRANSIENT),
                Arguments.of("connection closed by Vert.x", new io.vertx.core.VertxException(
                        "Connection is not active now, current status: CLOSING", true), Failure.TRANSIENT),
                Arguments.of("admin shutdown", pg("57P01"), Failure.TRANSIENT),
                Arguments.of("too many connections", pg("53300"), Failure.TRANSIENT),
                Arguments.of("serialization failure", pg("40001"), Failure.TRANSIENT),
                Arguments.of("database not accepting connections", pg("55000"), Failure.TRANSIENT),
                Arguments.of("unique violation", pg("23505"), Failure.UNKNOWN),
                Arguments.of("unreadable JSON", new UncheckedIOException(new JsonParseException(null, "bad")),
                        Failure.POISON),
                Arguments.of("unknown type", new PoisonRecord("unknown event type"), Failure.POISON),
                Arguments.of("refused by a rule", new RuleViolation(SampleRule.SAMPLE, "no"), Failure.POISON),
                Arguments.of("a bug", new IllegalStateException("cannot digest"), Failure.UNKNOWN),
                Arguments.of("outage behind a rule's failure", new RuleViolation(SampleRule.SAMPLE, "no")
                        .initCause(new ConnectException("refused")), Failure.TRANSIENT));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("failures")
    void anOutageWaitsPoisonIsDeadLetteredTheRestIsRetriedAFewTimes(String what, Throwable error, Failure expected) {
        assertThat(Failure.of(error)).isEqualTo(expected);
    }

    private static PgException pg(String sqlState) {
        return new PgException("failure " + sqlState, "ERROR", sqlState, null);
    }
}
