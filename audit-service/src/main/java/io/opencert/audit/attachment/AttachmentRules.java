package io.opencert.audit.attachment;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a finding may carry as evidence: photos and PDFs up to a size. The content must be what its media type says
 * (its first bytes), so that nothing else is stored and later served under an innocent type.
 */
public final class AttachmentRules {

    public enum Refusal {
        EMPTY,
        TOO_LARGE,
        TYPE_NOT_ALLOWED,
        CONTENT_NOT_OF_TYPE
    }

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private final long maxBytes;
    private final Set<String> mediaTypes;

    public AttachmentRules(long maxBytes, Set<String> mediaTypes) {
        this.maxBytes = maxBytes;
        this.mediaTypes = Set.copyOf(mediaTypes);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Set<String> mediaTypes() {
        return mediaTypes;
    }

    /** @return why the content is refused, or empty when it may be stored */
    public Optional<Refusal> check(String mediaType, byte[] content) {
        if (content.length == 0) {
            return Optional.of(Refusal.EMPTY);
        }
        if (content.length > maxBytes) {
            return Optional.of(Refusal.TOO_LARGE);
        }
        if (mediaType == null || !mediaTypes.contains(mediaType)) {
            return Optional.of(Refusal.TYPE_NOT_ALLOWED);
        }
        byte[] signature = switch (mediaType) {
            case "image/jpeg" -> JPEG;
            case "image/png" -> PNG;
            case "application/pdf" -> PDF;
            default -> new byte[0];
        };
        boolean matches = content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
        return matches ? Optional.empty() : Optional.of(Refusal.CONTENT_NOT_OF_TYPE);
    }
}
