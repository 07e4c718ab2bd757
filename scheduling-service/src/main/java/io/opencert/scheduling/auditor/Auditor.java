package io.opencert.scheduling.auditor;

import io.opencert.events.model.Standard;
import io.opencert.scheduling.storage.StandardsColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.opencert.commons.problem.RuleViolation;
import io.opencert.scheduling.rules.Competence;
import io.opencert.scheduling.rules.ProgrammeRule;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A person the certification body may put on audit teams; linked to their login by the Keycloak username. */
@Entity
@Table(name = "auditor")
public class Auditor {
    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(nullable = false)
    public String name;

    /** Where the body writes to the person about their audits; null when none was given. */
    public String email;

    /** The standards this person is qualified to audit. */
    @Convert(converter = StandardsColumn.class)
    @Column(nullable = false)
    public List<Standard> standards;

    /** Qualified to lead an audit team. */
    @Column(name = "lead_auditor", nullable = false)
    public boolean leadAuditor;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    /** The first day on which this person no longer audits for the body; null while they do. */
    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "departure_reason")
    private String departureReason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private CompetenceRecord competence = CompetenceRecord.EMPTY;

    /** The certification body found the person competent for a standard, a role and technical areas. */
    public void grant(Competence.Qualification qualification) {
        competence = competence.granting(qualification);
    }

    /**
     * The body withdraws a qualification from {@code day} on (e.g. after an unsatisfactory witness audit); false when
     * the person holds no qualification with that id.
     */
    public boolean withdrawQualification(UUID qualificationId, LocalDate day) {
        if (!competence.holds(qualificationId)) {
            return false;
        }
        competence = competence.withdrawing(qualificationId, day);
        return true;
    }

    public void recordWitnessAudit(WitnessAudit witnessAudit) {
        competence = competence.witnessed(witnessAudit);
    }

    public void recordDevelopment(DevelopmentActivity activity) {
        competence = competence.developed(activity);
    }

    public CompetenceRecord competence() {
        return competence;
    }

    public List<Competence.Qualification> qualifications() {
        return competence.qualifications();
    }

    /** The person leaves the body: from {@code leftOn} on they are put on no team; their past audits keep them. */
    public void leave(LocalDate leftOn, String reason) {
        if (this.leftOn != null) {
            throw new RuleViolation(ProgrammeRule.AUDITOR_ALREADY_LEFT,
                    username + " left on " + this.leftOn + " already.");
        }
        this.leftOn = leftOn;
        this.departureReason = reason;
    }

    /** True when the person has left by {@code day}, so audits on it go without them. */
    public boolean hasLeftBy(LocalDate day) {
        return leftOn != null && !day.isBefore(leftOn);
    }

    public LocalDate leftOn() {
        return leftOn;
    }

    public String departureReason() {
        return departureReason;
    }
}
