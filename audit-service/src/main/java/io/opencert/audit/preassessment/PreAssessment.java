package io.opencert.audit.preassessment;

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

/** The outcome of a stage review or a system and risk review: the profile per process area and a short report. */
@Entity
@Table(name = "pre_assessment")
public class PreAssessment {
    @Id
    @Column(name = "audit_id")
    private UUID auditId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pre_assessment_area", joinColumns = @JoinColumn(name = "audit_id"))
    @OrderColumn(name = "position")
    private List<ProcessAreaProfile> areas = new ArrayList<>();

    @Column(nullable = false)
    private String summary;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected PreAssessment() {
    }

    public PreAssessment(UUID auditId) {
        this.auditId = auditId;
    }

    void replace(List<ProcessAreaProfile> areas, String summary, String updatedBy, OffsetDateTime updatedAt) {
        this.areas.clear();
        this.areas.addAll(areas);
        this.summary = summary;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public UUID auditId() {
        return auditId;
    }

    public List<ProcessAreaProfile> areas() {
        return List.copyOf(areas);
    }

    public String summary() {
        return summary;
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
