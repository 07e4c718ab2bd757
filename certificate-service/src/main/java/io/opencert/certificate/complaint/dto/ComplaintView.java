package io.opencert.certificate.complaint.dto;

import java.util.UUID;

/**
 * A complaint as staff see it: as it was filed, with its handling, and the {@code statusPage} where the complainant
 * follows it (to pass on when staff filed it for them).
 */
public record ComplaintView(UUID id, String reference, ComplaintSubject about, String certificateNumber, UUID clientId,
                            String complainantName, String complainantEmail, String description, String filedBy,
                            String statusPage, HandlingView handling) {
}
