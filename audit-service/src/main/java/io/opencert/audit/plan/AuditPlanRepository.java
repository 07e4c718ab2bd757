package io.opencert.audit.plan;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class AuditPlanRepository implements PanacheRepositoryBase<AuditPlan, UUID> {
}
