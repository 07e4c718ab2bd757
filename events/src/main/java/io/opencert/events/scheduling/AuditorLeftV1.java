package io.opencert.events.scheduling;

import io.opencert.events.EventPayload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An auditor leaves the certification body. {@code auditorId} is their id in scheduling's auditor register;
 * {@code username} is the Keycloak username by which audit teams ({@code TeamMember.username}) and logins name them.
 * {@code leftOn} is the first day on which they no longer audit for the body: from that day they take part in no
 * audit and reach none. {@code recordedAt} is when the departure was recorded, which may be before or after
 * {@code leftOn}. The reason stays in scheduling: it is the person's own business.
 */
public record AuditorLeftV1(UUID auditorId, String username, LocalDate leftOn, Instant recordedAt)
        implements EventPayload {
    @Override
    public String subject() {
        return auditorId.toString();
    }
}
