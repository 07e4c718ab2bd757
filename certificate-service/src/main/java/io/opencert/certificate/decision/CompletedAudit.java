package io.opencert.certificate.decision;

import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.TeamMember;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Who audited: the team of every completed audit of any type (stage 1 too), by audit programme, so that a decision can
 * be checked against the teams of its whole certification cycle.
 */
@Entity
@Table(name = "completed_audit")
public class CompletedAudit extends PanacheEntityBase {
    @Id
    @Column(name = "audit_id")
    private UUID auditId;

    @Column(name = "programme_id")
    private UUID programmeId;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditType type;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    private Team team;

    /** The team as a JSON value of its own: a column holds one value, not a bare list. */
    public record Team(List<TeamMember> members) {
    }

    /** Keeps the audit's team once; a second report of the same audit changes nothing. */
    static Uni<Void> record(AuditCompletedV1 report) {
        return CompletedAudit.<CompletedAudit>findById(report.auditId()).flatMap(known -> {
            if (known != null) {
                return Uni.createFrom().voidItem();
            }
            CompletedAudit audit = new CompletedAudit();
            audit.auditId = report.auditId();
            audit.programmeId = report.programmeId();
            audit.clientId = report.clientId();
            audit.type = report.type();
            audit.completedAt = report.completedAt();
            audit.team = new Team(List.copyOf(report.team()));
            return audit.persist().replaceWithVoid();
        });
    }

    /** Everyone on the team of any audit of the client. */
    static Uni<List<TeamMember>> teamsOfClient(UUID clientId) {
        return CompletedAudit.<CompletedAudit>list("clientId", clientId)
                .map(found -> found.stream().flatMap(audit -> audit.team.members().stream()).toList());
    }

    /** Everyone on the team of an audit of the programme, and of the decision's own audit (reported before or not). */
    static Uni<List<TeamMember>> teamsOfCycle(UUID programmeId, Collection<TeamMember> ownTeam) {
        Uni<List<CompletedAudit>> audits = programmeId == null ? Uni.createFrom().item(List.of())
                : CompletedAudit.list("programmeId", programmeId);
        return audits.map(found -> {
            List<TeamMember> members = new ArrayList<>(ownTeam);
            found.forEach(audit -> members.addAll(audit.team.members()));
            return members;
        });
    }
}
