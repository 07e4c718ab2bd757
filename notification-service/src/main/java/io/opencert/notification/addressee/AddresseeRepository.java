package io.opencert.notification.addressee;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class AddresseeRepository implements PanacheRepositoryBase<Addressee, UUID> {
}
