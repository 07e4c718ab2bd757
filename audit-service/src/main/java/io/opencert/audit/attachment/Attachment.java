package io.opencert.audit.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A photo or PDF supporting a finding; its bytes are an {@link AttachmentContent} of the same id. */
@Entity
@Table(name = "attachment")
public class Attachment {
    @Id
    private UUID id;

    @Column(name = "audit_id", nullable = false)
    private UUID auditId;

    @Column(name = "finding_id", nullable = false)
    private UUID findingId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected Attachment() {
    }

    static Attachment uploaded(UUID id, UUID auditId, UUID findingId, String fileName, String mediaType, int sizeBytes,
                               String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
        Attachment attachment = new Attachment();
        attachment.id = id;
        attachment.auditId = auditId;
        attachment.findingId = findingId;
        attachment.fileName = fileName;
        attachment.mediaType = mediaType;
        attachment.sizeBytes = sizeBytes;
        attachment.sha256 = sha256;
        attachment.uploadedBy = uploadedBy;
        attachment.uploadedAt = uploadedAt;
        return attachment;
    }

    /** True when an upload with this id is a retry of this one: same finding, same bytes. */
    boolean sameAs(UUID auditId, UUID findingId, String sha256) {
        return this.auditId.equals(auditId) && this.findingId.equals(findingId) && this.sha256.equals(sha256);
    }

    public UUID id() {
        return id;
    }

    public UUID auditId() {
        return auditId;
    }

    public UUID findingId() {
        return findingId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }
}
