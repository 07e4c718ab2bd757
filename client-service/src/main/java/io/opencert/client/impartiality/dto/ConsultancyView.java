package io.opencert.client.impartiality.dto;

import io.opencert.client.impartiality.Consultancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ConsultancyView(UUID id, UUID clientId, Consultancy.Consultant consultant, String auditor,
                              String description, LocalDate from, LocalDate to, Instant recordedAt, String recordedBy) {

    public static ConsultancyView of(Consultancy c) {
        return new ConsultancyView(c.id, c.clientId, c.consultant, c.auditor, c.description, c.fromDate, c.toDate,
                c.recordedAt, c.recordedBy);
    }
}
