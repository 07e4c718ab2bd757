package io.opencert.events.certificate;

import io.opencert.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/** A complaint is under investigation by {@code investigator}, who was not involved in its matter. */
public record ComplaintInvestigatorAssignedV1(UUID complaintId, String reference, String investigator,
                                              String assignedBy, Instant assignedAt) implements EventPayload {
    @Override
    public String subject() {
        return complaintId.toString();
    }
}
