package io.opencert.events.audit;

import io.opencert.events.EventPayload;
import io.opencert.events.model.AuditType;
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

public record AuditCompletedV1(UUID auditId, UUID programmeId, UUID clientId, String clientName, AuditType type,
                               List<Standard> standards, String scope, List<Site> sites, List<TeamMember> team,
                               Map<FindingGrade, Integer> findingCounts, int openMajorNonconformities,
                               LocalDate lastDayOnSite, Recommendation recommendation, Instant completedAt)
        implements EventPayload {
    @Override
    public String subject() {
        return auditId.toString();
    }
}
