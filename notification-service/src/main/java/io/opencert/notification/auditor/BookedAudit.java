package io.opencert.notification.auditor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A booked audit as its team was told of it last: a cancellation, which names no team, reaches the same people. */
@Entity
@Table(name = "booked_audit")
public class BookedAudit {
    @Id
    @Column(name = "audit_id")
    private UUID auditId;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    /** The facts its team's mails were written from. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private Map<String, Object> facts;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected BookedAudit() {
    }

    static BookedAudit of(UUID auditId, UUID clientId, Map<String, Object> facts, Instant at) {
        BookedAudit audit = new BookedAudit();
        audit.auditId = auditId;
        audit.clientId = clientId;
        audit.facts = Map.copyOf(facts);
        audit.changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        return audit;
    }

    /** The booking moved: its facts change, unless the move is older than what is known (a replayed dead letter). */
    void moved(Map<String, Object> changes, Instant at) {
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        if (!when.isBefore(changedAt)) {
            Map<String, Object> merged = new HashMap<>(facts);
            merged.putAll(changes);
            facts = Map.copyOf(merged);
            changedAt = when;
        }
    }

    public UUID clientId() {
        return clientId;
    }

    public Map<String, Object> facts() {
        return facts;
    }
}
