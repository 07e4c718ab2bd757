package io.opencert.events.client;

import io.opencert.events.EventPayload;
import io.opencert.events.Nullable;
import io.opencert.events.model.Contact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code contacts}: the people the body writes to at the client (null from before they were announced). */
public record ClientUpdatedV1(UUID clientId, String legalName, String registrationNumber, String city,
                              String country, int persons, String scope, Instant updatedAt,
                              @Nullable List<Contact> contacts)
        implements EventPayload {
    @Override
    public String subject() {
        return clientId.toString();
    }
}
