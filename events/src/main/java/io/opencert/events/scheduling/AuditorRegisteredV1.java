package io.opencert.events.scheduling;

import io.opencert.events.EventPayload;
import io.opencert.events.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A person joins scheduling's auditor register. {@code username} is the Keycloak username by which audit teams
 * ({@code TeamMember.username}) name them; {@code email} is where the body writes to them about their audits (null
 * when none was given).
 */
public record AuditorRegisteredV1(UUID auditorId, String username, String name, @Nullable String email,
                                  Instant registeredAt) implements EventPayload {
    @Override
    public String subject() {
        return auditorId.toString();
    }
}
