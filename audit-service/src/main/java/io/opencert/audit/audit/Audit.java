package io.opencert.audit.audit;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamRole;
import io.opencert.events.scheduling.AuditRescheduledV1;
import io.opencert.events.scheduling.AuditScheduledV1;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An audit as the team executes it. Who and when come from scheduling-service; what happened is recorded here.
 * The collections are eager because every access decision needs the team, and they are small.
 */
@Entity
@Table(name = "audit")
public class Audit {
    @Id
    private UUID id;

    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "client_name", nullable = false)
    private String clientName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditType type;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_standard", joinColumns = @JoinColumn(name = "audit_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "standard", nullable = false)
    private List<Standard> standards = new ArrayList<>();

    @Column(nullable = false)
    private String scope;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_site", joinColumns = @JoinColumn(name = "audit_id"))
    @OrderColumn(name = "position")
    private List<AuditedSite> sites = new ArrayList<>();

    /** Every site the certification covers; the audit visits {@link #sites}, a sample of them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "covered_sites", columnDefinition = "jsonb")
    private CoveredSites coveredSites;

    /** A column holds one value, not a bare list. */
    record CoveredSites(List<Site> sites) {
    }

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_team_member", joinColumns = @JoinColumn(name = "audit_id"))
    @OrderColumn(name = "position")
    private List<TeamMember> team = new ArrayList<>();

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    private BigDecimal days;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditStatus status;

    @Column(name = "scheduled_at", nullable = false)
    private OffsetDateTime scheduledAt;

    @Enumerated(EnumType.STRING)
    private Recommendation recommendation;

    @Column(name = "last_day_on_site")
    private LocalDate lastDayOnSite;

    private String summary;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Version
    private long version;

    protected Audit() {
    }

    /** @param clientName the client's name as client-service last published it, else as scheduling booked it */
    static Audit scheduled(AuditScheduledV1 event, String clientName) {
        Audit audit = new Audit();
        audit.id = event.auditId();
        audit.status = AuditStatus.SCHEDULED;
        audit.takeBooking(event, clientName);
        return audit;
    }

    /** Scheduling booked the audit (again): dates, team and the client's data as of the booking. */
    void takeBooking(AuditScheduledV1 event, String clientName) {
        programmeId = event.programmeId();
        clientId = event.clientId();
        this.clientName = clientName;
        type = event.type();
        standards.clear();
        standards.addAll(event.standards());
        scope = event.scope();
        sites.clear();
        event.sites().forEach(site -> sites.add(AuditedSite.from(site)));
        coveredSites = event.coveredSites() == null ? null : new CoveredSites(List.copyOf(event.coveredSites()));
        team.clear();
        event.team().forEach(member -> team.add(TeamMember.from(member)));
        startDate = event.startDate();
        endDate = event.endDate();
        days = event.days();
        scheduledAt = OffsetDateTime.ofInstant(event.scheduledAt(), ZoneOffset.UTC);
    }

    /** Scheduling moved the audit or changed its team. */
    void reschedule(AuditRescheduledV1 event) {
        startDate = event.startDate();
        endDate = event.endDate();
        days = event.days();
        team.clear();
        event.team().forEach(member -> team.add(TeamMember.from(member)));
    }

    /** The client's name as client-service now publishes it. */
    void renameClient(String name) {
        clientName = name;
    }

    void cancel(String reason, OffsetDateTime at) {
        status = AuditStatus.CANCELLED;
        cancellationReason = reason;
        cancelledAt = at;
    }

    /** Scheduling booked a cancelled audit again (after a reinstatement, say): it keeps its id, checklist and findings. */
    void reopen(AuditScheduledV1 event, String clientName) {
        status = AuditStatus.SCHEDULED;
        cancellationReason = null;
        cancelledAt = null;
        takeBooking(event, clientName);
    }

    /** The first finding starts the fieldwork; true when this call changed the status. */
    public boolean startFieldwork() {
        if (status != AuditStatus.SCHEDULED) {
            return false;
        }
        status = AuditStatus.IN_PROGRESS;
        return true;
    }

    void complete(Recommendation recommendation, LocalDate lastDayOnSite, String summary, String completedBy,
                  OffsetDateTime completedAt) {
        this.status = AuditStatus.COMPLETED;
        this.recommendation = recommendation;
        this.lastDayOnSite = lastDayOnSite;
        this.summary = summary;
        this.completedBy = completedBy;
        this.completedAt = completedAt;
    }

    /** The caller's role on the team; empty when they are not on it. */
    public Optional<TeamRole> roleOf(String username) {
        return team.stream().filter(member -> member.username().equals(username)).map(TeamMember::role).findFirst();
    }

    public boolean coversSite(UUID siteId) {
        return sites.stream().anyMatch(site -> site.siteId().equals(siteId));
    }

    public UUID id() {
        return id;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public UUID clientId() {
        return clientId;
    }

    public String clientName() {
        return clientName;
    }

    public AuditType type() {
        return type;
    }

    public List<Standard> standards() {
        return List.copyOf(standards);
    }

    public String scope() {
        return scope;
    }

    /** The sites the audit visits. */
    public List<Site> sites() {
        return sites.stream().map(AuditedSite::toModel).toList();
    }

    /** Every site the certification covers; null for an audit booked before sampling, whose sites are both. */
    public List<Site> coveredSites() {
        return coveredSites == null ? null : coveredSites.sites();
    }

    public List<io.opencert.events.model.TeamMember> team() {
        return team.stream().map(TeamMember::toModel).toList();
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public BigDecimal days() {
        return days;
    }

    public AuditStatus status() {
        return status;
    }

    public OffsetDateTime scheduledAt() {
        return scheduledAt;
    }

    public Recommendation recommendation() {
        return recommendation;
    }

    public LocalDate lastDayOnSite() {
        return lastDayOnSite;
    }

    public String summary() {
        return summary;
    }

    public String completedBy() {
        return completedBy;
    }

    public OffsetDateTime completedAt() {
        return completedAt;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public OffsetDateTime cancelledAt() {
        return cancelledAt;
    }

    public long version() {
        return version;
    }
}
