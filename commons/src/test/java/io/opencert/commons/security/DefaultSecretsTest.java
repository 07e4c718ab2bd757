package io.opencert.commons.security;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultSecretsTest {
    @Test
    void aWellKnownOrEmptySecretIsRefusedByTheVariableThatSetsIt() {
        assertThat(DefaultSecrets.refused(Map.of("quarkus.datasource.password", "postgres",
                "cb.kafka.password", "9f1c2e7d4b"))).containsExactly("QUARKUS_DATASOURCE_PASSWORD");
        assertThat(DefaultSecrets.refused(Map.of("quarkus.datasource.password", "Postgres ",
                "cb.kafka.password", ""))).containsExactly("CB_KAFKA_PASSWORD", "QUARKUS_DATASOURCE_PASSWORD");
        assertThat(DefaultSecrets.refused(Map.of("quarkus.datasource.password", "7c0d1e9a3f",
                "cb.kafka.password", "9f1c2e7d4b"))).isEmpty();
    }
}
