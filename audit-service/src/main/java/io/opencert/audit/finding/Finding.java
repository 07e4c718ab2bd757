package io.opencert.audit.finding;

import io.opencert.events.model.FindingGrade;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What the team found against one clause of the standard, with the evidence that supports it. */
@Entity
@Table(name = "finding")
public class Finding {
    @Id
    private UUID id;

    @Column(name = "audit_id", nullable = false)
    private UUID auditId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FindingGrade grade;

    @Column(nullable = false)
    private String clause;

    @Column(name = "site_id")
    private UUID siteId;

    @Column(nullable = false)
    private String evidence;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected Finding() {
    }

    static Finding recorded(UUID auditId, FindingGrade grade, String clause, UUID siteId, String evidence,
                            String recordedBy, OffsetDateTime recordedAt) {
        Finding finding = new Finding();
        finding.id = UUID.randomUUID();
        finding.auditId = auditId;
        finding.grade = grade;
        finding.clause = clause;
        finding.siteId = siteId;
        finding.evidence = evidence;
        finding.recordedBy = recordedBy;
        finding.recordedAt = recordedAt;
        return finding;
    }

    public UUID id() {
        return id;
    }

    public UUID auditId() {
        return auditId;
    }

    public FindingGrade grade() {
        return grade;
    }

    public String clause() {
        return clause;
    }

    public UUID siteId() {
        return siteId;
    }

    public String evidence() {
        return evidence;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
