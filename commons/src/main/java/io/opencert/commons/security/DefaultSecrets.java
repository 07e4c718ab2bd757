package io.opencert.commons.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Outside the dev, test and local profiles a service refuses to start with a secret that anyone could guess: the
 * well-known passwords of the demo set-up and of the usual defaults. Each secret must come from the environment.
 */
@ApplicationScoped
public class DefaultSecrets {
    /** The secrets, by property, with the environment variable that sets each. */
    static final Map<String, String> SECRETS = Map.of(
            "quarkus.datasource.password", "QUARKUS_DATASOURCE_PASSWORD",
            "cb.kafka.password", "CB_KAFKA_PASSWORD");
    static final Set<String> WELL_KNOWN = Set.of("", "postgres", "password", "secret", "admin", "changeme",
            "change-me", "local-only", "cb-api-secret");

    void check(@Observes StartupEvent started, Config config, @ConfigProperty(name = "quarkus.profile") List<String> profiles) {
        if (Profiles.relaxed(profiles)) {
            return;
        }
        Map<String, String> values = new TreeMap<>();
        SECRETS.keySet().forEach(name -> values.put(name, config.getOptionalValue(name, String.class).orElse("")));
        List<String> refused = refused(values);
        if (!refused.isEmpty()) {
            throw new IllegalStateException("Refusing to start with a well-known secret: set " + String.join(", ", refused)
                    + " from the environment to a secret of this installation.");
        }
    }

    /** The environment variables whose secrets are missing or well known. */
    static List<String> refused(Map<String, String> values) {
        return values.entrySet().stream().filter(entry -> WELL_KNOWN.contains(entry.getValue().trim().toLowerCase()))
                .map(entry -> SECRETS.get(entry.getKey())).sorted().toList();
    }
}
