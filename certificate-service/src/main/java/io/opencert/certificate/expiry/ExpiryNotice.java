package io.opencert.certificate.expiry;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An expiry notice that was sent. Unique per certificate, expiry date and period, so that two runs (or two replicas)
 * never send the same notice twice, and a renewed certificate with a new expiry date gets its notices again.
 */
@Entity
@Table(name = "expiry_notice")
public class ExpiryNotice extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "certificate_id", nullable = false)
    public UUID certificateId;

    @Column(name = "expiry_date", nullable = false)
    public LocalDate expiryDate;

    @Column(name = "days_before_expiry", nullable = false)
    public int daysBeforeExpiry;

    @Column(name = "notice_date", nullable = false)
    public LocalDate noticeDate;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;
}
