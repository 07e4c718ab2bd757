package io.opencert.certificate.decision.dto;

import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.decision.DecisionStatus;
import io.opencert.events.model.Standard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A decision on a certificate as its holder sees it: what was asked for, when, and what was decided on which day;
 * {@code effect} is the change it made (for a refused continuation, SUSPENSION or WITHDRAWAL), if any. The CB's
 * deliberation (rationale, who decided, the evidence) stays with the CB.
 */
public record DecisionOutcome(UUID id, DecisionKind kind, Standard standard, DecisionStatus status, Instant openedAt,
                              LocalDate decisionDate, DecisionKind effect) {
}
