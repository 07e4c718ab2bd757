package io.opencert.events.certificate;

import io.opencert.events.EventPayload;
import io.opencert.events.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * An appeal against the certification decision {@code decisionId} was decided, upheld or not; {@code outcome} is the
 * text for the appellant, who is to receive it. An upheld appeal opened the corrective certification decision
 * {@code correctiveDecisionId}.
 */
public record AppealDecidedV1(UUID appealId, String reference, UUID clientId, UUID decisionId, String appellantName,
                              String appellantEmail, boolean upheld, String outcome, String decidedBy,
                              Instant decidedAt, @Nullable UUID correctiveDecisionId) implements EventPayload {
    @Override
    public String subject() {
        return appealId.toString();
    }
}
