package io.opencert.client.client;

import io.opencert.events.model.Standard;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An organisation that applies for (or holds) certification. */
@Entity
public class Client {
    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    /** The commercial register number: one client record per organisation. */
    @Column(name = "registration_number", nullable = false, unique = true)
    public String registrationNumber;

    public String street;

    @Column(name = "postal_code")
    public String postalCode;

    @Column(nullable = false)
    public String city;

    /** ISO 3166-1 alpha-2. */
    @Column(nullable = false)
    public String country;

    /** Persons doing work under the client's control: the basis of the audit time. */
    public int persons;

    @Column(nullable = false)
    public String scope;

    @ElementCollection
    @CollectionTable(name = "client_service", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "service")
    public Set<String> services = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "client_cloud_service_model", joinColumns = @JoinColumn(name = "client_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "model")
    public Set<CloudServiceModel> cloudServiceModels = EnumSet.noneOf(CloudServiceModel.class);

    @ElementCollection
    @CollectionTable(name = "client_cloud_deployment_model", joinColumns = @JoinColumn(name = "client_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "model")
    public Set<CloudDeploymentModel> cloudDeploymentModels = EnumSet.noneOf(CloudDeploymentModel.class);

    @ElementCollection
    @CollectionTable(name = "client_contact", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "position")
    public List<ClientContact> contacts = new ArrayList<>();

    /** A certificate of another certification body the client transfers; empty otherwise. */
    @Embedded
    public TransferCertificate transfer;

    @ElementCollection
    @CollectionTable(name = "client_standard", joinColumns = @JoinColumn(name = "client_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "standard")
    public Set<Standard> standards = EnumSet.noneOf(Standard.class);

    @ElementCollection
    @CollectionTable(name = "client_site", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "position")
    public List<ClientSite> sites = new ArrayList<>();

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Version
    public int version;
}
