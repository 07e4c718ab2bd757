package io.opencert.audit.finding;

import io.opencert.audit.nonconformity.NonconformityStatus;
import io.opencert.audit.nonconformity.NonconformityStatus.Step;
import io.opencert.events.model.FindingGrade;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the team found against one clause of the standard, with the evidence that supports it; a nonconformity
 * carries the client's answer and the team's review and verification of it.
 */
@Entity
@Table(name = "finding")
public class Finding {
    @Id
    private UUID id;

    @Column(name = "audit_id", nullable = false)
    private UUID auditId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FindingGrade grade;

    @Column(nullable = false)
    private String clause;

    @Column(name = "site_id")
    private UUID siteId;

    @Column(nullable = false)
    private String evidence;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "nc_status")
    private NonconformityStatus nonconformityStatus;

    @Column(name = "response_due")
    private LocalDate responseDue;

    private String correction;

    @Column(name = "root_cause")
    private String rootCause;

    @Column(name = "corrective_action")
    private String correctiveAction;

    @Column(name = "responded_by")
    private String respondedBy;

    @Column(name = "responded_at")
    private OffsetDateTime respondedAt;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    @Version
    private long version;

    protected Finding() {
    }

    /**
     * @param id          the client-generated id of a finding captured offline, or a new one
     * @param responseDue when the client's answer to a nonconformity is due; ignored for other grades
     */
    public static Finding recorded(UUID id, UUID auditId, FindingGrade grade, String clause, UUID siteId, String evidence,
                            String recordedBy, OffsetDateTime recordedAt, LocalDate responseDue) {
        Finding finding = new Finding();
        finding.id = id;
        finding.auditId = auditId;
        finding.recordedBy = recordedBy;
        finding.recordedAt = recordedAt;
        finding.revise(grade, clause, siteId, evidence, responseDue);
        return finding;
    }

    /** The team corrects the finding while the audit is open; a nonconformity's workflow starts afresh. */
    public void revise(FindingGrade grade, String clause, UUID siteId, String evidence, LocalDate responseDue) {
        boolean wasNonconformity = isNonconformity();
        this.grade = grade;
        this.clause = clause;
        this.siteId = siteId;
        this.evidence = evidence;
        if (isNonconformity() && !wasNonconformity) {
            nonconformityStatus = NonconformityStatus.AWAITING_RESPONSE;
            this.responseDue = responseDue;
        } else if (!isNonconformity()) {
            nonconformityStatus = null;
            this.responseDue = null;
        }
    }

    /** True when the finding says the same as these values. */
    public boolean says(FindingGrade grade, String clause, UUID siteId, String evidence) {
        return this.grade == grade && this.clause.equals(clause) && Objects.equals(this.siteId, siteId)
                && this.evidence.equals(evidence);
    }

    public boolean isNonconformity() {
        return grade == FindingGrade.MAJOR_NONCONFORMITY || grade == FindingGrade.MINOR_NONCONFORMITY;
    }

    /** The status the step leads to; empty when this finding is no nonconformity or the step is not allowed. */
    public Optional<NonconformityStatus> after(Step step) {
        return Optional.ofNullable(nonconformityStatus).flatMap(status -> status.after(step));
    }

    public void respond(String correction, String rootCause, String correctiveAction, String by, OffsetDateTime at) {
        nonconformityStatus = after(Step.RESPOND).orElseThrow();
        this.correction = correction;
        this.rootCause = rootCause;
        this.correctiveAction = correctiveAction;
        this.respondedBy = by;
        this.respondedAt = at;
    }

    /** The team accepts the answer ({@code accepted}) or returns it to the client with the note saying why. */
    public void review(boolean accepted, String note, String by, OffsetDateTime at) {
        nonconformityStatus = after(accepted ? Step.ACCEPT : Step.RETURN).orElseThrow();
        this.reviewNote = note;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public void verify(String by, LocalDate on) {
        nonconformityStatus = after(Step.VERIFY).orElseThrow();
        this.verifiedBy = by;
        this.verifiedOn = on;
    }

    public UUID id() {
        return id;
    }

    public UUID auditId() {
        return auditId;
    }

    public FindingGrade grade() {
        return grade;
    }

    public String clause() {
        return clause;
    }

    public UUID siteId() {
        return siteId;
    }

    public String evidence() {
        return evidence;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public NonconformityStatus nonconformityStatus() {
        return nonconformityStatus;
    }

    public LocalDate responseDue() {
        return responseDue;
    }

    public String correction() {
        return correction;
    }

    public String rootCause() {
        return rootCause;
    }

    public String correctiveAction() {
        return correctiveAction;
    }

    public String respondedBy() {
        return respondedBy;
    }

    public OffsetDateTime respondedAt() {
        return respondedAt;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public OffsetDateTime reviewedAt() {
        return reviewedAt;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public LocalDate verifiedOn() {
        return verifiedOn;
    }

    public long version() {
        return version;
    }
}
