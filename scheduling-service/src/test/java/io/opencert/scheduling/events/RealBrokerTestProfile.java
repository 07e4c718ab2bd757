package io.opencert.scheduling.events;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Contracts and certificates arrive from a real Kafka broker, as in production. */
public class RealBrokerTestProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "mp.messaging.incoming.client-events.connector", "smallrye-kafka",
                "mp.messaging.incoming.certificate-events.connector", "smallrye-kafka",
                "mp.messaging.incoming.client-events.group.id", "scheduling-service-broker-test",
                "mp.messaging.incoming.certificate-events.group.id", "scheduling-service-broker-test");
    }
}
