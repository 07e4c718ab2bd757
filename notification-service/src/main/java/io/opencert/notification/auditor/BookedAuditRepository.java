package io.opencert.notification.auditor;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class BookedAuditRepository implements PanacheRepositoryBase<BookedAudit, UUID> {
}
