package io.opencert.scheduling.programme.dto;

import io.opencert.events.model.Standard;
import io.opencert.scheduling.programme.AuditProgramme;
import io.opencert.scheduling.rules.CycleStatus;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A programme in a list, without its audits. */
public record ProgrammeSummary(UUID id, UUID clientId, String clientName, UUID contractId, int cycle,
                               List<Standard> standards, String scope, UUID certificateId, CycleStatus status,
                               OffsetDateTime createdAt) {

    public static ProgrammeSummary of(AuditProgramme programme) {
        return new ProgrammeSummary(programme.id, programme.clientId, programme.clientName, programme.contractId,
                programme.cycle, programme.standards, programme.scope, programme.certificateId, programme.status(),
                programme.createdAt);
    }
}
