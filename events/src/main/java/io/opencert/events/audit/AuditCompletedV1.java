package io.opencert.events.audit;

import io.opencert.events.EventPayload;
import io.opencert.events.Nullable;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.DueNonconformity;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit report is final. {@code sites} are the sites the audit visited; {@code coveredSites} every site the
 * certification covers, which the certification decision certifies. Events written before sampling carry no
 * {@code coveredSites}: their {@code sites} are both. {@code nonconformitiesBySite}: how many nonconformities (major
 * and minor) the audit recorded at each visited site, by site id, sites without any left out; the audit programme
 * samples such sites again first. {@code minorNonconformitiesAwaitingAcceptance}: the minor nonconformities whose
 * correction and corrective-action plan the team had not accepted when the audit was completed; the certification
 * decision waits for them (NonconformitiesClosed). {@code nonconformitiesToAnswer}: those the client is still to
 * answer, each with its due date, for the client to be told. All three null in events written before they were added.
 */
public record AuditCompletedV1(UUID auditId, UUID programmeId, UUID clientId, String clientName, AuditType type,
                               List<Standard> standards, String scope, List<Site> sites, List<TeamMember> team,
                               Map<FindingGrade, Integer> findingCounts, int openMajorNonconformities,
                               LocalDate lastDayOnSite, Recommendation recommendation, Instant completedAt,
                               @Nullable List<Site> coveredSites, @Nullable Map<UUID, Integer> nonconformitiesBySite,
                               @Nullable Integer minorNonconformitiesAwaitingAcceptance,
                               @Nullable List<DueNonconformity> nonconformitiesToAnswer)
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
