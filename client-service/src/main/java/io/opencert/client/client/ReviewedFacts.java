package io.opencert.client.client;

import io.opencert.events.model.Standard;

import java.util.List;
import java.util.Set;

/** What a reviewed questionnaire establishes about a client; {@code transfer} is empty without a transfer. */
public record ReviewedFacts(List<ClientSite> sites, Set<String> services, String scope, Set<Standard> standards,
                            Set<CloudServiceModel> cloudServiceModels, Set<CloudDeploymentModel> cloudDeploymentModels,
                            TransferCertificate transfer) {
}
