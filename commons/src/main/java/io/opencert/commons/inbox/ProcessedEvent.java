package io.opencert.commons.inbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    public String source;

    @Column(name = "processed_at", nullable = false)
    public OffsetDateTime processedAt;

    /** The W3C {@code traceparent} of the processing, in the trace of the request that caused the event. */
    @Column(name = "trace_parent")
    public String traceParent;
}
