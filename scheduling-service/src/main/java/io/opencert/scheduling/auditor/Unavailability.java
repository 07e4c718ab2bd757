package io.opencert.scheduling.auditor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Days, both inclusive, on which an auditor cannot be put on an audit team. */
@Entity
@Table(name = "auditor_unavailability")
public class Unavailability {
    @Id
    public UUID id;

    @Column(name = "auditor_id", nullable = false)
    public UUID auditorId;

    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;

    @Column(name = "to_date", nullable = false)
    public LocalDate toDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnavailabilityReason reason;

    public String note;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
