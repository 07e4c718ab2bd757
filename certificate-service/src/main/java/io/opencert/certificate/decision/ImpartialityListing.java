package io.opencert.certificate.decision;

import io.opencert.certificate.rules.DecisionRules;
import io.opencert.certificate.rules.DecisionRules.Consultancy;
import io.opencert.events.client.ConsultancyRecordedV1;
import io.opencert.events.client.ContractSignedV1;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Who the impartiality register lists for a client, and for when: each consultancy of an auditor the register tells
 * of, and the auditors a contract names as having consulted the client in the 2 years before it (taken as that whole
 * period, up to the contract's day). A listed person takes no decision on the client's certificates while it counts.
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

    /** The consultancy, or the contract, that lists the person. */
    @Column(name = "source_id", nullable = false)
    private UUID sourceId;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    /** Empty while the consultancy goes on. */
    @Column(name = "to_date")
    private LocalDate toDate;

    @Column(name = "listed_at", nullable = false)
    private Instant listedAt;

    /** Lists every auditor the contract names; the same contract told twice lists nobody again. */
    static Uni<Void> record(ContractSignedV1 contract) {
        LocalDate signed = LocalDate.ofInstant(contract.signedAt(), ZoneOffset.UTC);
        List<String> usernames = contract.excludedAuditors() == null ? List.of()
                : contract.excludedAuditors().stream().map(ImpartialityListing::normalised).distinct().toList();
        return Multi.createFrom().iterable(usernames)
                .onItem().transformToUniAndConcatenate(username -> list(contract.clientId(), username,
                        contract.contractId(), signed.minusYears(DecisionRules.COOLING_OFF_YEARS), signed,
                        contract.signedAt()))
                .collect().last().replaceWithVoid();
    }

    /** Lists the auditor of a consultancy; one of the body itself names nobody to list here. */
    static Uni<Void> record(ConsultancyRecordedV1 consultancy) {
        if (consultancy.auditor() == null || consultancy.auditor().isBlank()) {
            return Uni.createFrom().voidItem();
        }
        return list(consultancy.clientId(), normalised(consultancy.auditor()), consultancy.consultancyId(),
                consultancy.fromDate(), consultancy.toDate(), consultancy.recordedAt());
    }

    /** The client's consultancies as the rules see them. */
    static Uni<List<Consultancy>> of(UUID clientId) {
        return ImpartialityListing.<ImpartialityListing>list("clientId", clientId).map(found -> found.stream()
                .map(listing -> new Consultancy(listing.username, listing.fromDate, listing.toDate)).toList());
    }

    private static Uni<Void> list(UUID clientId, String username, UUID sourceId, LocalDate from, LocalDate to,
                                  Instant at) {
        return ImpartialityListing.count("sourceId = ?1 and username = ?2", sourceId, username).flatMap(known -> {
            if (known > 0) {
                return Uni.createFrom().voidItem();
            }
            ImpartialityListing listing = new ImpartialityListing();
            listing.id = UUID.randomUUID();
            listing.clientId = clientId;
            listing.username = username;
            listing.sourceId = sourceId;
            listing.fromDate = from;
            listing.toDate = to;
            listing.listedAt = at;
            return listing.persist().replaceWithVoid();
        });
    }

    private static String normalised(String username) {
        return username.strip().toLowerCase();
    }
}
