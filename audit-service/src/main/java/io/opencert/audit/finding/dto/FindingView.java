package io.opencert.audit.finding.dto;

import io.opencert.audit.finding.Finding;
import io.opencert.events.model.FindingGrade;

import java.time.Instant;
import java.util.UUID;

public record FindingView(UUID id, UUID auditId, FindingGrade grade, String clause, UUID siteId, String evidence,
                          String recordedBy, Instant recordedAt) {

    public static FindingView of(Finding finding) {
        return new FindingView(finding.id(), finding.auditId(), finding.grade(), finding.clause(), finding.siteId(),
                finding.evidence(), finding.recordedBy(), finding.recordedAt().toInstant());
    }
}
