package io.opencert.audit.auditor;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class SyncBatchRepository implements PanacheRepositoryBase<SyncBatchRecord, UUID> {
}
