package io.opencert.scheduling.auditor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The secret in the address of an auditor's calendar feed; only its SHA-256 is kept. */
@Entity
@Table(name = "auditor_calendar_token")
public class CalendarToken {
    @Id
    @Column(name = "auditor_id")
    public UUID auditorId;

    /** Lower-case hex SHA-256 of the token. */
    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
