package io.opencert.certificate.certsearch;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ConsentChangeRepository implements PanacheRepositoryBase<ConsentChange, UUID> {
}
