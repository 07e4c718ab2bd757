package io.opencert.certificate.complaint.dto;

import java.util.UUID;

/**
 * An appeal as it was lodged, with its handling; {@code correctiveDecisionId} is the certification decision an upheld
 * appeal opened.
 */
public record AppealView(UUID id, String reference, UUID clientId, UUID decisionId, String appellantName,
                         String appellantEmail, String grounds, String lodgedBy, UUID correctiveDecisionId,
                         HandlingView handling) {
}
