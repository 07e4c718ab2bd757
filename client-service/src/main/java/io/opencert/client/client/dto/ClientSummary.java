package io.opencert.client.client.dto;

import io.opencert.client.client.Client;

import java.util.UUID;

/** A line of the client list. */
public record ClientSummary(UUID id, String legalName, String registrationNumber, String city, String country,
                            int persons) {

    public static ClientSummary of(Client client) {
        return new ClientSummary(client.id, client.legalName, client.registrationNumber, client.city, client.country,
                client.persons);
    }
}
