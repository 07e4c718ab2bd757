package io.opencert.certificate.complaint.dto;

import io.opencert.certificate.rules.HandlingStatus;

import java.time.Instant;

/**
 * Where a complaint or appeal stands, with its deadlines (counted from receipt), its age in whole days and whether it
 * is overdue today, and who took each step when.
 */
public record HandlingView(HandlingStatus status, Instant receivedAt, Instant acknowledgeBy, Instant decideBy,
                           long ageInDays, boolean overdue, String acknowledgedBy, Instant acknowledgedAt,
                           String investigator, String investigatorAssignedBy, Instant investigatorAssignedAt,
                           Boolean upheld, String outcome, String rationale, String decidedBy, Instant decidedAt,
                           String closedBy, Instant closedAt) {
}
