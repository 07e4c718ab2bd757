package io.opencert.scheduling.auditor.dto;

import io.opencert.scheduling.auditor.Unavailability;
import io.opencert.scheduling.auditor.UnavailabilityReason;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record UnavailabilityView(UUID id, UUID auditorId, LocalDate from, LocalDate to, UnavailabilityReason reason,
                                 String note, String createdBy, OffsetDateTime createdAt) {

    public static UnavailabilityView of(Unavailability unavailability) {
        return new UnavailabilityView(unavailability.id, unavailability.auditorId, unavailability.fromDate,
                unavailability.toDate, unavailability.reason, unavailability.note, unavailability.createdBy,
                unavailability.createdAt);
    }
}
