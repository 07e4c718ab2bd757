package io.opencert.notification.auditor;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AuditorAddressRepository implements PanacheRepositoryBase<AuditorAddress, String> {
}
