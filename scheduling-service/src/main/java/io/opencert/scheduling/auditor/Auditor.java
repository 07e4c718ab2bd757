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
import java.util.ArrayList;
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

    /** Granted qualifications, lapsed ones included: they show when the auditor was competent for past audits. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<Competence.Qualification> qualifications = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "witness_audits", nullable = false, columnDefinition = "jsonb")
    private List<WitnessAudit> witnessAudits = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<DevelopmentActivity> development = new ArrayList<>();

    /** The certification body found the person competent for a standard, a role and technical areas. */
    public void grant(Competence.Qualification qualification) {
        qualifications = append(qualifications, qualification);
    }

    public void recordWitnessAudit(WitnessAudit witnessAudit) {
        witnessAudits = append(witnessAudits, witnessAudit);
    }

    public void recordDevelopment(DevelopmentActivity activity) {
        development = append(development, activity);
    }

    /** A new list, so that Hibernate sees the JSON column change. */
    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }

    public List<Competence.Qualification> qualifications() {
        return List.copyOf(qualifications);
    }

    public List<WitnessAudit> witnessAudits() {
        return List.copyOf(witnessAudits);
    }

    public List<DevelopmentActivity> development() {
        return List.copyOf(development);
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
