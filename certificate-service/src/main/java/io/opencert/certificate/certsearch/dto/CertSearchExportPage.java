package io.opencert.certificate.certsearch.dto;

import java.time.Instant;
import java.util.List;

/**
 * One page of the certifications changed from {@code changedSince} (inclusive) to {@code changedBefore} (exclusive);
 * the next pages of the same export name the same {@code changedBefore}.
 */
public record CertSearchExportPage(Instant changedSince, Instant changedBefore, int page, int size, long total,
                                   List<CertSearchCertification> certifications) {
}
