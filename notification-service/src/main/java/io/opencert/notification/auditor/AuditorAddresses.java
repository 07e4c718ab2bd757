package io.opencert.notification.auditor;

import io.opencert.notification.addressee.Recipient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The auditors' addresses, from scheduling's AuditorRegistered, and what each audit's team was told of it, in the
 * consumer's transaction.
 */
@ApplicationScoped
public class AuditorAddresses {
    private final AuditorAddressRepository addresses;
    private final BookedAuditRepository booked;

    AuditorAddresses(AuditorAddressRepository addresses, BookedAuditRepository booked) {
        this.addresses = addresses;
        this.booked = booked;
    }

    /** An auditor joined the register; a second announcement of the same one changes nothing. */
    public Uni<Void> registered(String username, String name, String email, Instant at) {
        return addresses.findById(username).flatMap(known -> known != null ? Uni.createFrom().voidItem()
                : addresses.persist(AuditorAddress.of(username, name, email, at)).replaceWithVoid());
    }

    /** The members of a team who have an address, in the team's order. */
    public Uni<List<Recipient>> of(List<String> usernames) {
        if (usernames.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return addresses.list("username in ?1", usernames).map(found -> {
            Map<String, AuditorAddress> byUsername = found.stream()
                    .collect(Collectors.toMap(AuditorAddress::username, Function.identity()));
            return usernames.stream().map(byUsername::get)
                    .filter(address -> address != null && address.email() != null)
                    .map(address -> new Recipient(address.name(), address.email())).toList();
        });
    }

    /** Keeps what the team was told of the audit: all of it when booked, the changes when it moved. */
    public Uni<Void> told(UUID auditId, UUID clientId, Map<String, Object> facts, Instant at) {
        return booked.findById(auditId).flatMap(known -> {
            if (known == null) {
                return booked.persist(BookedAudit.of(auditId, clientId, facts, at)).replaceWithVoid();
            }
            known.moved(facts, at);
            return Uni.createFrom().voidItem();
        });
    }

    public Uni<Optional<BookedAudit>> booked(UUID auditId) {
        return booked.findById(auditId).map(Optional::ofNullable);
    }
}
