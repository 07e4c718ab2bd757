package io.opencert.audit.nonconformity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The daily job looked at the major nonconformities of a surveillance or recertification audit after their deadline,
 * or of a stage 2 audit after its 6 months: {@code overdue} when at least one missed it (and MajorNonconformityOverdue,
 * or Stage2RepetitionRequired, was published), else all were corrected in time. The outcome is final once the deadline has passed, so each audit is checked, and reported, once.
 */
@Entity
@Table(name = "major_correction_check")
public class MajorCorrectionCheck {
    @Id
    @Column(name = "audit_id")
    private UUID auditId;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(nullable = false)
    private boolean overdue;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "checked_by", nullable = false)
    private String checkedBy;

    @Column(name = "checked_at", nullable = false)
    private OffsetDateTime checkedAt;

    protected MajorCorrectionCheck() {
    }

    /** The job found every major nonconformity of the audit verified by the deadline, or one that missed it. */
    static MajorCorrectionCheck checked(UUID auditId, LocalDate deadline, boolean overdue, LocalDate checkedOn,
                                        String checkedBy, OffsetDateTime checkedAt) {
        MajorCorrectionCheck check = new MajorCorrectionCheck();
        check.auditId = auditId;
        check.deadline = deadline;
        check.overdue = overdue;
        check.checkedOn = checkedOn;
        check.checkedBy = checkedBy;
        check.checkedAt = checkedAt;
        return check;
    }

    public UUID auditId() {
        return auditId;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public boolean overdue() {
        return overdue;
    }

    public LocalDate checkedOn() {
        return checkedOn;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public OffsetDateTime checkedAt() {
        return checkedAt;
    }
}
