package io.opencert.audit.audit.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.opencert.audit.audit.Audit;
import io.opencert.audit.audit.AuditStatus;
import io.opencert.audit.nonconformity.Stage2Repetition;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An audit with its team and sites; the outcome fields are empty until the lead auditor completes it.
 * {@code stage2Repetition} is present for a completed stage 2 with major nonconformities: the deadline of their
 * verification and whether stage 2 must be repeated because it was missed.
 */
public record AuditView(UUID id, UUID programmeId, UUID clientId, String clientName, AuditType type,
                        AuditStatus status, List<Standard> standards, String scope, List<Site> sites,
                        List<TeamMember> team, LocalDate startDate, LocalDate endDate, BigDecimal days,
                        Recommendation recommendation, LocalDate lastDayOnSite, String summary, String completedBy,
                        Instant completedAt, String cancellationReason, Instant cancelledAt,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Stage2Repetition stage2Repetition, long version) {

    /** @param repetition null when the 6-month rule does not apply to the audit */
    public static AuditView of(Audit audit, Stage2Repetition repetition) {
        return new AuditView(audit.id(), audit.programmeId(), audit.clientId(), audit.clientName(), audit.type(),
                audit.status(), audit.standards(), audit.scope(), audit.sites(), audit.team(), audit.startDate(),
                audit.endDate(), audit.days(), audit.recommendation(), audit.lastDayOnSite(), audit.summary(),
                audit.completedBy(), instant(audit.completedAt()), audit.cancellationReason(),
                instant(audit.cancelledAt()), repetition, audit.version());
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
