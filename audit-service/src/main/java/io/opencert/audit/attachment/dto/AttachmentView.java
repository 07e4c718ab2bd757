package io.opencert.audit.attachment.dto;

import io.opencert.audit.attachment.Attachment;

import java.time.Instant;
import java.util.UUID;

/** An attachment without its bytes; {@code sha256} lets a phone check that what it holds is what was stored. */
public record AttachmentView(UUID id, UUID findingId, String fileName, String mediaType, int sizeBytes, String sha256,
                             String uploadedBy, Instant uploadedAt) {

    public static AttachmentView of(Attachment attachment) {
        return new AttachmentView(attachment.id(), attachment.findingId(), attachment.fileName(),
                attachment.mediaType(), attachment.sizeBytes(), attachment.sha256(), attachment.uploadedBy(),
                attachment.uploadedAt().toInstant());
    }
}
