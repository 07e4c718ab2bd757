package io.opencert.audit.auditor;

import io.opencert.events.scheduling.AuditorLeftV1;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * An auditor's departure from the certification body as scheduling-service announced it (AuditorLeft). Who audits for
 * the body is scheduling's; this is what audit-service keeps to refuse them the audits of their former teams.
 */
@Entity
@Table(name = "auditor_departure")
public class AuditorDeparture {
    /** The Keycloak username, as audit teams and the caller's token name the auditor. */
    @Id
    private String username;

    @Column(name = "auditor_id", nullable = false)
    private UUID auditorId;

    @Column(name = "left_on", nullable = false)
    private LocalDate leftOn;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected AuditorDeparture() {
    }

    static AuditorDeparture announced(AuditorLeftV1 event) {
        AuditorDeparture departure = new AuditorDeparture();
        departure.username = event.username();
        departure.auditorId = event.auditorId();
        departure.leftOn = event.leftOn();
        departure.recordedAt = OffsetDateTime.ofInstant(event.recordedAt(), ZoneOffset.UTC);
        return departure;
    }

    /** True from the first day on which the auditor no longer audits for the body (see {@link AuditorsWhoLeft}). */
    boolean hasLeftBy(LocalDate day) {
        return AuditorsWhoLeft.refused(leftOn, day);
    }

    LocalDate leftOn() {
        return leftOn;
    }
}
