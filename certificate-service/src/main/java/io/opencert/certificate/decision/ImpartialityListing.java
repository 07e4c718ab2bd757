package io.opencert.certificate.decision;

import io.opencert.events.client.ContractSignedV1;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who the impartiality register lists for a client: the auditors who consulted it in the 2 years before a contract,
 * as the contract names them. A listed person takes no decision on the client's certificates.
 */
@Entity
@Table(name = "impartiality_listing")
public class ImpartialityListing extends PanacheEntityBase {
    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(nullable = false)
    private String username;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(name = "listed_at", nullable = false)
    private Instant listedAt;

    /** Keeps every person the contract lists for the client; one listed before stays listed. */
    static Uni<Void> record(ContractSignedV1 contract) {
        List<String> usernames = contract.excludedAuditors() == null ? List.of()
                : contract.excludedAuditors().stream().map(name -> name.strip().toLowerCase()).distinct().toList();
        return Multi.createFrom().iterable(usernames)
                .onItem().transformToUniAndConcatenate(username -> ImpartialityListing
                        .count("clientId = ?1 and username = ?2", contract.clientId(), username)
                        .flatMap(known -> known > 0 ? Uni.createFrom().voidItem()
                                : listing(contract, username).persist().replaceWithVoid()))
                .collect().last();
    }

    /** The usernames listed for the client, lower case. */
    static Uni<List<String>> of(UUID clientId) {
        return ImpartialityListing.<ImpartialityListing>list("clientId", clientId)
                .map(found -> found.stream().map(listing -> listing.username).toList());
    }

    private static ImpartialityListing listing(ContractSignedV1 contract, String username) {
        ImpartialityListing listing = new ImpartialityListing();
        listing.id = UUID.randomUUID();
        listing.clientId = contract.clientId();
        listing.username = username;
        listing.contractId = contract.contractId();
        listing.listedAt = contract.signedAt();
        return listing;
    }
}
