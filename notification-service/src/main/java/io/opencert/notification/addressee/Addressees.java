package io.opencert.notification.addressee;

import io.opencert.events.model.Contact;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Keeps each client's name and contacts from client-service's announcements, in the consumer's transaction. */
@ApplicationScoped
public class Addressees {
    private final AddresseeRepository addressees;

    Addressees(AddresseeRepository addressees) {
        this.addressees = addressees;
    }

    /** True when the announcement changed what is known of the client. */
    public Uni<Boolean> announced(UUID clientId, String clientName, List<Contact> contacts, Instant at) {
        return addressees.findById(clientId).flatMap(known -> {
            if (known == null) {
                return addressees.persist(Addressee.of(clientId, clientName, contacts == null ? List.of() : contacts,
                        at)).replaceWith(true);
            }
            return Uni.createFrom().item(known.change(clientName, contacts, at));
        });
    }

    public Uni<Optional<Addressee>> of(UUID clientId) {
        return addressees.findById(clientId).map(Optional::ofNullable);
    }
}
