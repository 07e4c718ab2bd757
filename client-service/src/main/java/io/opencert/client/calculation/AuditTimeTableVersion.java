package io.opencert.client.calculation;

import io.opencert.client.audittime.AuditTimeTable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An audit time table that cb-admin put in place of the one before; version 1 is the built-in table. */
@Entity
@Table(name = "audit_time_table")
public class AuditTimeTableVersion {
    @Id
    public int version;

    @Column(name = "persons_per_extra_day", nullable = false)
    public int personsPerExtraDay;

    @ElementCollection
    @CollectionTable(name = "audit_time_band", joinColumns = @JoinColumn(name = "table_version"))
    @OrderColumn(name = "position")
    public List<Band> bands = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Embeddable
    public static class Band {
        @Column(name = "max_persons", nullable = false)
        public int maxPersons;

        @Column(nullable = false)
        public BigDecimal days;

        public Band() {
        }

        public Band(int maxPersons, BigDecimal days) {
            this.maxPersons = maxPersons;
            this.days = days;
        }
    }

    public AuditTimeTable table() {
        return new AuditTimeTable(version, bands.stream()
                .map(band -> new AuditTimeTable.Band(band.maxPersons, band.days)).toList(), personsPerExtraDay);
    }
}
