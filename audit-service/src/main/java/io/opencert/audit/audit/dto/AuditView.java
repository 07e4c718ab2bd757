package io.opencert.audit.audit.dto;

import io.opencert.audit.audit.Audit;
import io.opencert.audit.audit.AuditStatus;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An audit with its team and sites; the outcome fields are empty until the lead auditor completes it. */
public record AuditView(UUID id, UUID programmeId, UUID clientId, String clientName, AuditType type,
                        AuditStatus status, List<Standard> standards, String scope, List<Site> sites,
                        List<TeamMember> team, LocalDate startDate, LocalDate endDate, BigDecimal days,
                        Recommendation recommendation, LocalDate lastDayOnSite, String summary, String completedBy,
                        Instant completedAt, long version) {

    public static AuditView of(Audit audit) {
        return new AuditView(audit.id(), audit.programmeId(), audit.clientId(), audit.clientName(), audit.type(),
                audit.status(), audit.standards(), audit.scope(), audit.sites(), audit.team(), audit.startDate(),
                audit.endDate(), audit.days(), audit.recommendation(), audit.lastDayOnSite(), audit.summary(),
                audit.completedBy(), audit.completedAt() == null ? null : audit.completedAt().toInstant(),
                audit.version());
    }
}
