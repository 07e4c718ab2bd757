package io.opencert.audit.attachment.dto;

/** An attachment's bytes with what a download needs to present them. */
public record AttachmentFile(String fileName, String mediaType, byte[] content) {
}
