package io.opencert.events.certificate;

import io.opencert.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/** An appeal is under investigation by {@code investigator}, who took no part in the appealed decision. */
public record AppealInvestigatorAssignedV1(UUID appealId, String reference, UUID clientId, String investigator,
                                           String assignedBy, Instant assignedAt) implements EventPayload {
    @Override
    public String subject() {
        return appealId.toString();
    }
}
