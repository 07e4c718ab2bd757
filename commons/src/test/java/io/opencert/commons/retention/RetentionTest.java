package io.opencert.commons.retention;

import io.opencert.commons.relay.RelayTestProfile;
import io.opencert.localstack.KafkaTestResource;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Published outbox rows after 7 days and consumed event ids after 30 go; younger ones stay. */
@QuarkusTest
@TestProfile(RelayTestProfile.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "commons"),
        restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = true)
class RetentionTest {
    @Inject
    DataSource db;

    @Inject
    Retention retention;

    private final UUID publishedLongAgo = UUID.randomUUID();
    private final UUID publishedLately = UUID.randomUUID();
    private final UUID consumedLongAgo = UUID.randomUUID();
    private final UUID consumedWithinTopicRetention = UUID.randomUUID();

    @BeforeEach
    void rows() throws SQLException {
        outbox(publishedLongAgo, "now() - interval '8 days'", "now() - interval '8 days'");
        outbox(publishedLately, "now() - interval '6 days'", "now() - interval '6 days'");
        processed(consumedLongAgo, "now() - interval '31 days'");
        processed(consumedWithinTopicRetention, "now() - interval '20 days'");
    }

    @Test
    void prunesWhatHasServedItsPurposeAndKeepsTheRest() throws Throwable {
        Retention.Pruned pruned = VertxContextSupport.subscribeAndAwait(() -> retention.prune());

        assertThat(pruned.outboxRows()).isPositive();
        assertThat(pruned.processedEvents()).isPositive();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE id = ?", publishedLongAgo)).isZero();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE id = ?", publishedLately)).isOne();
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = ?", consumedLongAgo)).isZero();
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = ?", consumedWithinTopicRetention))
                .isOne();
    }

    private void outbox(UUID id, String occurredAt, String publishedAt) throws SQLException {
        execute("INSERT INTO outbox_event (id, event_type, subject, payload, occurred_at, published_at) "
                + "VALUES (?, 'cb.test.retention.v1', 'retention', '{}', " + occurredAt + ", " + publishedAt + ")", id);
    }

    private void processed(UUID id, String processedAt) throws SQLException {
        execute("INSERT INTO processed_event (event_id, event_type, processed_at) VALUES (?, 'cb.test.retention.v1', "
                + processedAt + ")", id);
    }

    private void execute(String sql, UUID id) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            statement.executeUpdate();
        }
    }

    private long count(String sql, UUID id) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
