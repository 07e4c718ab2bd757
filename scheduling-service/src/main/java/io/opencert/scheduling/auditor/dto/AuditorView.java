package io.opencert.scheduling.auditor.dto;

import io.opencert.events.model.Standard;
import io.opencert.scheduling.auditor.Auditor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** @param leftOn the first day the person no longer audits for the body, with the reason; null while they do */
public record AuditorView(UUID id, String username, String name, String email, List<Standard> standards,
                          boolean leadAuditor, OffsetDateTime registeredAt, LocalDate leftOn, String departureReason) {

    public static AuditorView of(Auditor auditor) {
        return new AuditorView(auditor.id, auditor.username, auditor.name, auditor.email, auditor.standards,
                auditor.leadAuditor, auditor.registeredAt, auditor.leftOn(), auditor.departureReason());
    }
}
