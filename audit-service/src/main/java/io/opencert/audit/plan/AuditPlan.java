package io.opencert.audit.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The audit plan: who audits what, where and when. The lead auditor replaces it whole. */
@Entity
@Table(name = "audit_plan")
public class AuditPlan {
    @Id
    @Column(name = "audit_id")
    private UUID auditId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_plan_entry", joinColumns = @JoinColumn(name = "audit_id"))
    @OrderColumn(name = "position")
    private List<PlanEntry> entries = new ArrayList<>();

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected AuditPlan() {
    }

    public AuditPlan(UUID auditId) {
        this.auditId = auditId;
    }

    void replace(List<PlanEntry> entries, String updatedBy, OffsetDateTime updatedAt) {
        this.entries.clear();
        this.entries.addAll(entries);
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public UUID auditId() {
        return auditId;
    }

    public List<PlanEntry> entries() {
        return List.copyOf(entries);
    }

    public String updatedBy() {
        return updatedBy;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
