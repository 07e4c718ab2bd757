package io.opencert.events.client;

import io.opencert.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

public record ClientRegisteredV1(UUID clientId, String legalName, String registrationNumber, String city,
                                 String country, int persons, String scope, Instant registeredAt)
        implements EventPayload {
    @Override
    public String subject() {
        return clientId.toString();
    }
}
