package io.opencert.events.scheduling;

import io.opencert.events.EventPayload;
import io.opencert.events.Nullable;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A planned audit got its dates and team. {@code auditId} is the audit's id in every service. {@code sites} are the
 * sites the audit visits (a multi-site audit's sample); {@code coveredSites} every site the certification covers,
 * which the certification decision certifies. Events written before sampling carry no {@code coveredSites}: their
 * {@code sites} are both.
 */
public record AuditScheduledV1(UUID auditId, UUID programmeId, UUID clientId, String clientName, AuditType type,
                               List<Standard> standards, String scope, List<Site> sites, LocalDate startDate,
                               LocalDate endDate, BigDecimal days, List<TeamMember> team, Instant scheduledAt,
                               @Nullable List<Site> coveredSites)
        implements EventPayload {
    @Override
    public String subject() {
        return auditId.toString();
    }

    /** Every site the certification covers. */
    public List<Site> certifiedSites() {
        return coveredSites != null ? coveredSites : sites;
    }
}
