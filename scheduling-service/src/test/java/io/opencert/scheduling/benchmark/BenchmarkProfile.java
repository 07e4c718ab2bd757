package io.opencert.scheduling.benchmark;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Inserts in batches, as a bulk load needs; otherwise the test configuration. */
public class BenchmarkProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.hibernate-orm.jdbc.statement-batch-size", "500");
    }
}
