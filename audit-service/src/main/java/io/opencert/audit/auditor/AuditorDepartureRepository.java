package io.opencert.audit.auditor;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Departures by the auditor's username: one primary-key lookup per request of the auditor API. */
@ApplicationScoped
public class AuditorDepartureRepository implements PanacheRepositoryBase<AuditorDeparture, String> {
}
