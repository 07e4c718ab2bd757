package io.opencert.audit.events;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The scheduling events come from a real Kafka broker, as in production; the outbox stays in memory. */
public class RealBrokerProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "mp.messaging.incoming.scheduling-events.connector", "smallrye-kafka",
                "mp.messaging.incoming.scheduling-events.group.id", "audit-service-real-broker-test");
    }
}
