package io.opencert.audit.auditor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An offline batch as it was answered, for replays. */
@Entity
@Table(name = "sync_batch")
public class SyncBatchRecord {
    @Id
    private UUID id;

    @Column(name = "audit_id", nullable = false)
    private UUID auditId;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "request_hash", nullable = false)
    private String requestHash;

    @Column(nullable = false)
    private String result;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected SyncBatchRecord() {
    }

    SyncBatchRecord(UUID id, UUID auditId, String uploadedBy, String requestHash, String result,
                    OffsetDateTime uploadedAt) {
        this.id = id;
        this.auditId = auditId;
        this.uploadedBy = uploadedBy;
        this.requestHash = requestHash;
        this.result = result;
        this.uploadedAt = uploadedAt;
    }

    /** True when a batch with this id is a replay of this one: same audit, same auditor, same content. */
    boolean replayedBy(UUID auditId, String uploadedBy, String requestHash) {
        return this.auditId.equals(auditId) && this.uploadedBy.equals(uploadedBy) && this.requestHash.equals(requestHash);
    }

    String result() {
        return result;
    }
}
