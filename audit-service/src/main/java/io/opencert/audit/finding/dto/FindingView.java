package io.opencert.audit.finding.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.opencert.audit.finding.Finding;
import io.opencert.audit.nonconformity.NonconformityStatus;
import io.opencert.events.model.FindingGrade;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A finding; {@code nonconformity} is present for major and minor nonconformities only. */
public record FindingView(UUID id, UUID auditId, FindingGrade grade, String clause, UUID siteId, String evidence,
                          String recordedBy, Instant recordedAt, long version,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Nonconformity nonconformity) {

    /** The client's answer to a nonconformity and the team's review and verification of it. */
    public record Nonconformity(NonconformityStatus status, LocalDate responseDue, String correction, String rootCause,
                                String correctiveAction, String respondedBy, Instant respondedAt, String reviewNote,
                                String reviewedBy, Instant reviewedAt, String verifiedBy, LocalDate verifiedOn) {
    }

    public static FindingView of(Finding finding) {
        Nonconformity nonconformity = finding.isNonconformity()
                ? new Nonconformity(finding.nonconformityStatus(), finding.responseDue(), finding.correction(),
                finding.rootCause(), finding.correctiveAction(), finding.respondedBy(), instant(finding.respondedAt()),
                finding.reviewNote(), finding.reviewedBy(), instant(finding.reviewedAt()), finding.verifiedBy(),
                finding.verifiedOn())
                : null;
        return new FindingView(finding.id(), finding.auditId(), finding.grade(), finding.clause(), finding.siteId(),
                finding.evidence(), finding.recordedBy(), finding.recordedAt().toInstant(), finding.version(),
                nonconformity);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
