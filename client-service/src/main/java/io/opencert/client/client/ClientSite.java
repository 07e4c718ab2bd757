package io.opencert.client.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/** A location of the client; the central function is where the management system is controlled. */
@Embeddable
public class ClientSite {
    @Column(name = "site_id", nullable = false)
    public UUID siteId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String city;

    @Column(nullable = false)
    public String country;

    @Column(name = "central_function")
    public boolean centralFunction;

    public int persons;

    public ClientSite() {
    }

    public ClientSite(UUID siteId, String name, String city, String country, boolean centralFunction, int persons) {
        this.siteId = siteId;
        this.name = name;
        this.city = city;
        this.country = country;
        this.centralFunction = centralFunction;
        this.persons = persons;
    }
}
