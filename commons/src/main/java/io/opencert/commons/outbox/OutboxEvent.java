package io.opencert.commons.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An event waiting for (or done with) publication; its id becomes the CloudEvents id. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {
    @Id
    public UUID id;

    /** Filled by the database sequence: the order of publication. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** The W3C {@code traceparent} of the transaction that wrote the event; null outside a trace. */
    @Column(name = "trace_parent")
    public String traceParent;
}
