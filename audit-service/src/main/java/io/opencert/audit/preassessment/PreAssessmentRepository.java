package io.opencert.audit.preassessment;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class PreAssessmentRepository implements PanacheRepositoryBase<PreAssessment, UUID> {
}
