package io.opencert.events.scheduling;

import io.opencert.events.EventPayload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record SurveillanceOverdueV1(UUID auditId, UUID programmeId, UUID clientId, UUID certificateId,
                                    LocalDate dueBy, Instant detectedAt) implements EventPayload {
    @Override
    public String subject() {
        return auditId.toString();
    }
}
