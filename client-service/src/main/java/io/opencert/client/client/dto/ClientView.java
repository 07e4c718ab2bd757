package io.opencert.client.client.dto;

import io.opencert.client.certificate.HeldCertificate;
import io.opencert.client.certificate.dto.CertificateSummary;
import io.opencert.client.client.Client;
import io.opencert.client.client.CloudDeploymentModel;
import io.opencert.client.client.CloudServiceModel;
import io.opencert.events.model.Standard;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client with its sites and contacts and its certificates here (as certificate-service announced them, in order of
 * number); {@code version} changes with every change of the client (its ETag), not with its certificates'.
 */
public record ClientView(UUID id, String legalName, String registrationNumber, String street, String postalCode,
                         String city, String country, int persons, String scope, List<String> services,
                         List<Standard> standards, List<CloudServiceModel> cloudServiceModels,
                         List<CloudDeploymentModel> cloudDeploymentModels, List<SiteView> sites,
                         List<ContactDetails> contacts, TransferView transfer,
                         List<CertificateSummary> certificates, Instant registeredAt, int version) {

    public static ClientView of(Client client, List<HeldCertificate> certificates) {
        return new ClientView(client.id, client.legalName, client.registrationNumber, client.street,
                client.postalCode, client.city, client.country, client.persons, client.scope,
                client.services.stream().sorted().toList(), client.standards.stream().sorted().toList(),
                client.cloudServiceModels.stream().sorted().toList(),
                client.cloudDeploymentModels.stream().sorted().toList(),
                client.sites.stream().map(SiteView::of).toList(),
                client.contacts.stream().map(ContactDetails::of).toList(), TransferView.of(client.transfer),
                certificates.stream().map(CertificateSummary::of).toList(), client.registeredAt, client.version);
    }
}
