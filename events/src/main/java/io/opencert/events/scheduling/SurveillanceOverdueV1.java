package io.opencert.events.scheduling;

import io.opencert.events.EventPayload;
import io.opencert.events.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A surveillance audit was not completed by its due date. {@code certificateId} is null while the programme does not
 * yet know its certificate (a transferred one): certificate-service finds it by the programme or the client.
 */
public record SurveillanceOverdueV1(UUID auditId, UUID programmeId, UUID clientId, @Nullable UUID certificateId,
                                    LocalDate dueBy, Instant detectedAt) implements EventPayload {
    @Override
    public String subject() {
        return auditId.toString();
    }
}
