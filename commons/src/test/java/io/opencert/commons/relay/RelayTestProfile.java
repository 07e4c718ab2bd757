package io.opencert.commons.relay;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The configuration of the small application the commons tests run. Kept out of application.properties and
 * db/migration: the services' tests see commons' test classpath, and must not see this application's settings.
 */
public class RelayTestProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                // it publishes ClientRegistered on cb.client-events, whose consumers trust client-service only
                Map.entry("quarkus.application.name", "client-service"),
                Map.entry("quarkus.flyway.locations", "db/commons,db/relay-test"),
                Map.entry("mp.messaging.outgoing.outbox.topic", "cb.client-events"),
                Map.entry("mp.messaging.incoming.client-events.connector", "smallrye-kafka"),
                Map.entry("mp.messaging.incoming.client-events.topic", "cb.client-events"),
                Map.entry("mp.messaging.incoming.client-events.group.id", "commons-test"),
                Map.entry("mp.messaging.incoming.client-events.auto.offset.reset", "earliest"),
                Map.entry("mp.messaging.incoming.client-events.failure-strategy", "dead-letter-queue"),
                Map.entry("mp.messaging.incoming.client-events.dead-letter-queue.topic", "cb.client-events.dlq"),
                Map.entry("cb.inbox.max-retries", "2"),
                Map.entry("%test.cb.expensive.rate-limit.requests", "2"));
    }
}
