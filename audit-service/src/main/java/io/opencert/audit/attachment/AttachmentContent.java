package io.opencert.audit.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The bytes of an attachment, read only when someone downloads it. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {
    @Id
    @Column(name = "attachment_id")
    private UUID attachmentId;

    @Column(nullable = false)
    private byte[] content;

    protected AttachmentContent() {
    }

    AttachmentContent(UUID attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
