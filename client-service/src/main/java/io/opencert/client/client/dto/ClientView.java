package io.opencert.client.client.dto;

import io.opencert.client.client.Client;
import io.opencert.events.model.Standard;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A client with its sites; {@code version} changes with every change of the client. */
public record ClientView(UUID id, String legalName, String registrationNumber, String city, String country,
                         int persons, String scope, List<Standard> standards, List<SiteView> sites,
                         Instant registeredAt, int version) {

    public static ClientView of(Client client) {
        return new ClientView(client.id, client.legalName, client.registrationNumber, client.city, client.country,
                client.persons, client.scope, client.standards.stream().sorted().toList(),
                client.sites.stream().map(SiteView::of).toList(), client.registeredAt, client.version);
    }
}
