package io.opencert.scheduling.programme;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;
import io.opencert.events.model.TeamRole;
import io.opencert.scheduling.programme.dto.Deviation;
import io.opencert.scheduling.rules.DueWindow;
import io.opencert.scheduling.rules.SiteSampling;
import io.opencert.scheduling.rules.SpecialAuditKind;
import io.opencert.scheduling.storage.SitesColumn;
import io.opencert.scheduling.storage.StandardsColumn;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One audit of a programme; its id is the audit's id in every service. */
@Entity
@Table(name = "planned_audit")
public class PlannedAudit {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public AuditProgramme programme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuditType type;

    @Column(name = "due_from", nullable = false)
    public LocalDate dueFrom;

    @Column(name = "due_by", nullable = false)
    public LocalDate dueBy;

    /**
     * What this audit covers: the programme's standards when planned, plus ISO/IEC TR 20000-9 for a cloud extension
     * and a surveillance the cloud audit is combined with. Replaced, never changed in place, so that it is saved.
     */
    @Convert(converter = StandardsColumn.class)
    @Column(nullable = false)
    public List<Standard> standards;

    /** What a scope extension audits: the whole extended scope and every site; null for the programme's. */
    @Column(name = "scope")
    private String extendedScope;

    @Convert(converter = SitesColumn.class)
    @Column(name = "sites")
    private List<Site> extendedSites;

    /** What staff planned the audit as, and why; null for an audit the contract or the certificate planned. */
    @Enumerated(EnumType.STRING)
    @Column(name = "special_kind")
    private SpecialAuditKind specialKind;

    @Column(name = "special_reason")
    private String specialReason;

    /** The sites this audit visits, chosen when it is booked ({@link SiteSampling}); null while it is not. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private SiteSampling.Sample sample;

    /** Audit days bought with the contract. */
    @Column(nullable = false)
    public BigDecimal days;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlannedAuditStatus status;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** At the top of the planners' list. */
    @Column(nullable = false)
    public boolean urgent;

    /**
     * The last day of the certificate's suspension while this is the surveillance whose missing suspended it and
     * it is still due: held by then, it lifts the suspension. Null for every other audit.
     */
    @Column(name = "lifts_suspension_until")
    public LocalDate liftsSuspensionUntil;

    /** The last day on site and the team's recommendation, once the audit is completed. */
    @Column(name = "last_day_on_site")
    public LocalDate lastDayOnSite;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommendation")
    public Recommendation recommendation;

    /** Why a completed stage 1 found the client not ready for stage 2; null otherwise. */
    @Column(name = "not_ready_reason")
    public String notReadyReason;

    /**
     * A booking that deviates from the programme: the rule it deviates from, the justification and who recorded it;
     * null while the booking keeps to the programme.
     */
    @Column(name = "deviation_rule")
    private String deviationRule;

    @Column(name = "deviation_reason")
    private String deviationReason;

    @Column(name = "deviation_recorded_by")
    private String deviationRecordedBy;

    @ElementCollection
    @CollectionTable(name = "audit_team_member", joinColumns = @JoinColumn(name = "planned_audit_id"))
    @OrderColumn(name = "team_index")
    public List<TeamAssignment> team = new ArrayList<>();

    protected PlannedAudit() {
    }

    PlannedAudit(AuditProgramme programme, AuditType type, List<Standard> standards, DueWindow window,
                 BigDecimal days) {
        this.id = UUID.randomUUID();
        this.programme = programme;
        this.type = type;
        this.standards = standards;
        this.dueFrom = window.from();
        this.dueBy = window.by();
        this.days = days;
        this.status = PlannedAuditStatus.PLANNED;
    }

    /** From now on the audit covers the client's cloud services (ISO/IEC TR 20000-9) too. */
    public void includeCloud() {
        this.standards = AuditProgramme.withCloud(standards);
    }

    /** The audit covers the client's cloud services too, for {@code cloudDays} more audit days. */
    public void includeCloud(BigDecimal cloudDays) {
        includeCloud();
        this.days = days.add(cloudDays);
    }

    void coverExtendedScope(String scope, List<Site> sites) {
        this.extendedScope = scope;
        this.extendedSites = List.copyOf(sites);
    }

    void planAsSpecial(SpecialAuditKind kind, String reason) {
        this.specialKind = kind;
        this.specialReason = reason;
    }

    /** What staff planned the audit as; null for an audit the contract or the certificate planned. */
    public SpecialAuditKind specialKind() {
        return specialKind;
    }

    public String specialReason() {
        return specialReason;
    }

    /**
     * A stage 2 waits for a ready stage 1 and follows it within months ({@link io.opencert.scheduling.rules.StageOrder});
     * a repeated stage 2 repeats one that did, and needs no new stage 1.
     */
    public boolean followsStage1() {
        return type == AuditType.STAGE_2 && specialKind != SpecialAuditKind.REPEATED_STAGE_2;
    }

    /** A surveillance of the yearly programme, not one staff added besides it. */
    public boolean isYearlySurveillance() {
        return type == AuditType.SURVEILLANCE && specialKind != SpecialAuditKind.EXTRA_SURVEILLANCE;
    }

    /** The extended scope a scope extension audits; null when the audit covers the programme's. */
    public String extendedScope() {
        return extendedScope;
    }

    /** Every site, existing and added, a scope extension audits; null when the audit covers the programme's. */
    public List<Site> extendedSites() {
        return extendedSites;
    }

    /** The scope the audit covers, as the audit service is told. */
    public String auditedScope() {
        return extendedScope != null ? extendedScope : programme.scope;
    }

    /** Every site the audit covers: the programme's, or for a scope extension every site, existing and added. */
    public List<Site> auditedSites() {
        return extendedSites != null ? extendedSites : programme.sites;
    }

    /** The booked audit visits this sample of its sites. */
    void visit(SiteSampling.Sample chosen) {
        this.sample = chosen;
    }

    /** The audit recorded these nonconformities at its sites (by site id; null: not told, before it was added). */
    public void found(Map<UUID, Integer> nonconformitiesBySite) {
        if (sample != null && nonconformitiesBySite != null) {
            sample = sample.found(nonconformitiesBySite);
        }
    }

    /** The sample chosen when the audit was booked; empty while it is not, and for audits booked before sampling. */
    public Optional<SiteSampling.Sample> sample() {
        return Optional.ofNullable(sample);
    }

    /** The day the audit visits (or visited) its sites, for the rotation of the samples. */
    LocalDate visitDay() {
        return lastDayOnSite != null ? lastDayOnSite : endDate != null ? endDate : dueBy;
    }

    /** One audit day per calendar day on site: 1.5 days starting on a Monday end on the Tuesday. */
    public LocalDate lastDayIfStartingOn(LocalDate startDate) {
        return startDate.plusDays(calendarDaysOnSite() - 1L);
    }

    public int calendarDaysOnSite() {
        return days.setScale(0, RoundingMode.CEILING).intValueExact();
    }

    public void book(LocalDate startDate, LocalDate endDate, List<TeamAssignment> team) {
        this.startDate = startDate;
        this.endDate = endDate;
        this.team.clear();
        this.team.addAll(team);
        this.status = PlannedAuditStatus.BOOKED;
        this.urgent = false;
        keepToProgramme();
    }

    /** The booking deviates from the programme's rule {@code rule}, for the reason {@code recordedBy} gave. */
    public void deviate(String rule, String reason, String recordedBy) {
        this.deviationRule = rule;
        this.deviationReason = reason;
        this.deviationRecordedBy = recordedBy;
    }

    public Optional<Deviation> deviation() {
        return deviationRule == null ? Optional.empty()
                : Optional.of(new Deviation(deviationRule, deviationReason, deviationRecordedBy));
    }

    private void keepToProgramme() {
        this.deviationRule = null;
        this.deviationReason = null;
        this.deviationRecordedBy = null;
    }

    public boolean isBooked() {
        return status == PlannedAuditStatus.BOOKED;
    }

    /** Planned, booked or on hold: neither completed nor cancelled. */
    public boolean isStillDue() {
        return status == PlannedAuditStatus.PLANNED || status == PlannedAuditStatus.BOOKED
                || status == PlannedAuditStatus.ON_HOLD;
    }

    /**
     * The certificate is suspended until {@code suspendedUntil} because this surveillance was missed: it stays due
     * (a booking of it stands) and may be booked up to that day although its window has closed.
     */
    public void keepForLiftingSuspension(LocalDate suspendedUntil) {
        if (status == PlannedAuditStatus.ON_HOLD) {
            this.status = PlannedAuditStatus.PLANNED;
        }
        this.liftsSuspensionUntil = suspendedUntil;
    }

    public boolean liftsSuspension() {
        return liftsSuspensionUntil != null;
    }

    /** When the audit may take place: its due window, or up to the suspension's end for the one that lifts it. */
    public DueWindow bookingWindow() {
        return new DueWindow(dueFrom, liftsSuspension() ? liftsSuspensionUntil : dueBy);
    }

    /** The person leading the booked team, if any. */
    public Optional<String> leadAuditor() {
        return team.stream().filter(member -> member.role == TeamRole.LEAD_AUDITOR).map(member -> member.username)
                .findFirst();
    }

    /** Back to planned without dates or team: the booking is cancelled but the audit is still due. */
    public void release() {
        free();
        this.status = PlannedAuditStatus.PLANNED;
    }

    /** Waits, without dates or team, until the certificate is reinstated. */
    public void hold() {
        free();
        this.status = PlannedAuditStatus.ON_HOLD;
        this.liftsSuspensionUntil = null;
    }

    public void cancel() {
        free();
        this.status = PlannedAuditStatus.CANCELLED;
        this.liftsSuspensionUntil = null;
    }

    /**
     * The certificate is reinstated: a held audit is due again in its window, and the surveillance that was to lift
     * the suspension is an audit like the others again.
     */
    public void replan() {
        if (status == PlannedAuditStatus.ON_HOLD) {
            this.status = PlannedAuditStatus.PLANNED;
        }
        this.liftsSuspensionUntil = null;
    }

    public void markUrgent() {
        this.urgent = true;
    }

    private void free() {
        this.sample = null;
        this.startDate = null;
        this.endDate = null;
        this.team.clear();
        keepToProgramme();
    }

    public List<TeamMember> teamMembers() {
        return team.stream().map(member -> new TeamMember(member.username, member.name, member.role)).toList();
    }

    /** The team held the audit until {@code lastDayOnSite} and recommends {@code recommendation}. */
    public void complete(LocalDate lastDayOnSite, Recommendation recommendation) {
        complete();
        this.lastDayOnSite = lastDayOnSite;
        this.recommendation = recommendation;
    }

    /** A completed stage 1 found the client not ready for stage 2, for this reason. */
    void foundNotReady(String reason) {
        this.notReadyReason = reason;
    }

    /** Due in another window from now on, e.g. a stage 2 once stage 1 has found the client ready. */
    void dueIn(DueWindow window) {
        this.dueFrom = window.from();
        this.dueBy = window.by();
    }

    /** The team held the audit: a surveillance that was to lift a suspension no longer waits to be booked. */
    public void complete() {
        this.status = PlannedAuditStatus.COMPLETED;
        this.urgent = false;
        this.liftsSuspensionUntil = null;
    }
}
