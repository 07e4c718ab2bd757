package io.opencert.notification.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/**
 * What one event is to tell whom ({@link NoticeKind}), with the facts its mails are written from; at most one per
 * event and kind, so that a redelivered event writes to nobody twice.
 */
@Entity
@Table(name = "notice")
public class Notice {
    @Id
    private UUID id;

    @Column(name = "cause_event_id", nullable = false)
    private UUID causeEventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeKind kind;

    @Column(name = "client_id")
    private UUID clientId;

    /** The template's data: texts, and lists of texts or of such maps, as the event gave them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private Map<String, Object> model;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeState state;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Notice() {
    }

    static Notice of(UUID causeEventId, NoticeKind kind, UUID clientId, Map<String, Object> model,
                     Instant occurredAt, Instant now) {
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.causeEventId = causeEventId;
        notice.kind = kind;
        notice.clientId = clientId;
        notice.model = Map.copyOf(model);
        notice.state = NoticeState.DELIVERING;
        notice.occurredAt = OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC);
        notice.createdAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        return notice;
    }

    void awaitContacts() {
        state = NoticeState.AWAITING_CONTACTS;
    }

    void deliver() {
        state = NoticeState.DELIVERING;
    }

    void lapse() {
        state = NoticeState.STALE;
    }

    public UUID id() {
        return id;
    }

    public NoticeKind kind() {
        return kind;
    }

    public UUID clientId() {
        return clientId;
    }

    public Map<String, Object> model() {
        return model;
    }

    public Instant occurredAt() {
        return occurredAt.toInstant();
    }
}
