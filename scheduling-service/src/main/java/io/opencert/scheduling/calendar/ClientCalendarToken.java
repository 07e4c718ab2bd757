package io.opencert.scheduling.calendar;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The secret in the address of a client organisation's calendar feed; only its SHA-256 is kept. */
@Entity
@Table(name = "client_calendar_token")
public class ClientCalendarToken extends PanacheEntityBase {
    @Id
    @Column(name = "client_id")
    public UUID clientId;

    /** Lower-case hex SHA-256 of the token. */
    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
