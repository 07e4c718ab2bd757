package io.opencert.scheduling.programme.dto;

import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.scheduling.programme.AuditProgramme;
import io.opencert.scheduling.rules.CycleStatus;
import io.opencert.scheduling.rules.Impartiality;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A programme with its planned audits, earliest due first; {@code version} is also its ETag. {@code transferredFrom}
 * is the other body's certificate a transferred cycle continues, null otherwise. {@code status}: where the cycle
 * stands, as the certificate events tell (only a CERTIFIED cycle's scope can be extended). {@code technicalAreas}:
 * the codes of the technical areas of the scope every audit team covers (none for contracts that named none).
 */
public record ProgrammeView(UUID id, UUID clientId, String clientName, UUID contractId, int cycle,
                            List<Standard> standards, String scope, List<String> technicalAreas, List<Site> sites,
                            List<String> excludedAuditors,
                            Transfer transferredFrom, UUID certificateId, CycleStatus status,
                            OffsetDateTime createdAt, long version,
                            List<PlannedAuditView> audits) {

    public record Transfer(String certificateNumber, String issuingBody) {
    }

    public static ProgrammeView of(AuditProgramme programme) {
        return of(programme, List.of());
    }

    /** @param consultancies what the impartiality register knows of consultancies for the client */
    public static ProgrammeView of(AuditProgramme programme, Collection<Impartiality.Consultancy> consultancies) {
        return new ProgrammeView(programme.id, programme.clientId, programme.clientName, programme.contractId,
                programme.cycle, programme.standards, programme.scope, programme.technicalAreas, programme.sites,
                programme.excludedAuditors,
                programme.isTransferred()
                        ? new Transfer(programme.transferredCertificateNumber, programme.transferredFrom) : null,
                programme.certificateId, programme.status(), programme.createdAt, programme.version,
                programme.audits.stream().map(audit -> PlannedAuditView.of(audit, consultancies)).toList());
    }

    /** As a client user sees it: without the body's impartiality register (exclusions, conflicts). */
    public ProgrammeView forClientUser() {
        return new ProgrammeView(id, clientId, clientName, contractId, cycle, standards, scope, technicalAreas, sites,
                List.of(),
                transferredFrom, certificateId, status, createdAt, version,
                audits.stream().map(PlannedAuditView::withoutImpartialityConflicts).toList());
    }
}
