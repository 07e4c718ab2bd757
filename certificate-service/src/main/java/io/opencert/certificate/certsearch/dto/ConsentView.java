package io.opencert.certificate.certsearch.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A holder's consent to publication in IAF CertSearch: whether it stands now, and every change, the first first. A
 * holder that never consented has none.
 */
public record ConsentView(UUID clientId, boolean consented, List<Change> history) {
    /** Who stood behind a change: the holder's own user, or the certification body's staff on its behalf. */
    @Schema(name = "ConsentRecordedAs")
    public enum RecordedAs { HOLDER, CERTIFICATION_BODY }

    @Schema(name = "ConsentChange")
    public record Change(boolean consented, String recordedBy, RecordedAs recordedAs, Instant recordedAt, String note) {
    }
}
