package io.opencert.certificate.complaint.dto;

import io.opencert.certificate.rules.HandlingStatus;

import java.time.Instant;

/**
 * A complaint as its complainant follows it: where it stands and, once decided, whether it was upheld and the outcome;
 * nothing about who handles it.
 */
public record ComplaintStatus(String reference, HandlingStatus status, Instant receivedAt, Instant acknowledgedAt,
                              Instant decideBy, Boolean upheld, String outcome, Instant decidedAt) {
}
