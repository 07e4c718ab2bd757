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

    /**
     * The client's answer to a nonconformity and the team's review and verification of it. {@code verificationDue}
     * is the day by which the correction of a major nonconformity of a completed surveillance or recertification
     * audit must be verified (its last day on site + {@code cb.audit.major-correction-days}), else the certificate's
     * suspension is decided; null for other nonconformities, and where the findings are read without their audit's
     * outcome (the auditor's offline bundle).
     */
    public record Nonconformity(NonconformityStatus status, LocalDate responseDue, LocalDate verificationDue,
                                String correction, String rootCause, String correctiveAction, String respondedBy,
                                Instant respondedAt, String reviewNote, String reviewedBy, Instant reviewedAt,
                                String verifiedBy, LocalDate verifiedOn) {
    }

    public static FindingView of(Finding finding) {
        return of(finding, null);
    }

    /** @param verificationDue the deadline of a major nonconformity's verification; null when none applies */
    public static FindingView of(Finding finding, LocalDate verificationDue) {
        Nonconformity nonconformity = finding.isNonconformity()
                ? new Nonconformity(finding.nonconformityStatus(), finding.responseDue(), verificationDue,
                finding.correction(), finding.rootCause(), finding.correctiveAction(), finding.respondedBy(),
                instant(finding.respondedAt()), finding.reviewNote(), finding.reviewedBy(),
                instant(finding.reviewedAt()), finding.verifiedBy(), finding.verifiedOn())
                : null;
        return new FindingView(finding.id(), finding.auditId(), finding.grade(), finding.clause(), finding.siteId(),
                finding.evidence(), finding.recordedBy(), finding.recordedAt().toInstant(), finding.version(),
                nonconformity);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
