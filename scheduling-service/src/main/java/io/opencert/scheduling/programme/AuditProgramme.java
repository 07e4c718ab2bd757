package io.opencert.scheduling.programme;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TransferredCertificate;
import io.opencert.scheduling.rules.Refusal;
import io.opencert.scheduling.rules.CycleStatus;
import io.opencert.scheduling.rules.DueDates;
import io.opencert.scheduling.rules.DueWindow;
import io.opencert.scheduling.rules.ScopeExtension;
import io.opencert.scheduling.rules.SiteSampling;
import io.opencert.scheduling.rules.SpecialAudit;
import io.opencert.scheduling.rules.SpecialAuditKind;
import io.opencert.scheduling.rules.StageOrder;
import io.opencert.scheduling.rules.SurveillanceYears;
import io.opencert.scheduling.rules.SuspensionLifting;
import io.opencert.scheduling.storage.SitesColumn;
import io.opencert.scheduling.storage.StandardsColumn;
import io.opencert.scheduling.storage.TechnicalAreasColumn;
import io.opencert.scheduling.storage.UsernamesColumn;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The audits of one client's certification cycle (ISO/IEC 17021-1 9.1.3), with what the contract says about
 * them: standards, scope, sites (every site certified; each audit visits a sample of them), audit days and the
 * auditors excluded for impartiality.
 */
@Entity
@Table(name = "audit_programme")
public class AuditProgramme {
    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "client_name", nullable = false)
    public String clientName;

    @Column(name = "contract_id", nullable = false, unique = true)
    public UUID contractId;

    /** 1 for the initial certification, then one more for each recertification. */
    @Column(nullable = false)
    public int cycle;

    @Convert(converter = StandardsColumn.class)
    @Column(nullable = false)
    public List<Standard> standards;

    @Column(nullable = false)
    public String scope;

    /** Codes of the technical areas of the scope, as the contract review confirmed them; every team covers each. */
    @Convert(converter = TechnicalAreasColumn.class)
    @Column(name = "technical_areas", nullable = false)
    public List<String> technicalAreas = List.of();

    @Convert(converter = SitesColumn.class)
    @Column(nullable = false)
    public List<Site> sites;

    /** Usernames of auditors who consulted the client in the last 2 years. */
    @Convert(converter = UsernamesColumn.class)
    @Column(name = "excluded_auditors", nullable = false)
    public List<String> excludedAuditors;

    /** Days of each surveillance audit, kept from the contract until the certificate lets them be planned. */
    @Column(name = "surveillance_days", nullable = false)
    public BigDecimal surveillanceDays;

    @Column(name = "recertification_days", nullable = false)
    public BigDecimal recertificationDays;

    /** Number of the certificate another body issued, when this cycle was transferred here; null otherwise. */
    @Column(name = "transferred_certificate_number")
    public String transferredCertificateNumber;

    /** The certification body the cycle was transferred from. */
    @Column(name = "transferred_from")
    public String transferredFrom;

    /** The certificate this cycle maintains, once issued. */
    @Column(name = "certificate_id")
    public UUID certificateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CycleStatus status = CycleStatus.AWAITING_CERTIFICATE;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    /** A set, not a list: fetched together with each audit's team, a list would repeat an audit per team member. */
    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL)
    @OrderBy("dueBy")
    public Set<PlannedAudit> audits = new LinkedHashSet<>();

    /** An audit of the programme's standards. */
    public PlannedAudit plan(AuditType type, DueWindow window, BigDecimal days) {
        return plan(type, standards, window, days);
    }

    /** An audit of other standards than the programme's, e.g. a cloud extension. */
    public PlannedAudit plan(AuditType type, List<Standard> auditedStandards, DueWindow window, BigDecimal days) {
        PlannedAudit audit = new PlannedAudit(this, type, auditedStandards, window, days);
        audits.add(audit);
        return audit;
    }

    /**
     * Plans what a certification decision makes due: two surveillance audits and the recertification, from the
     * decision and expiry dates. The same for the initial certificate and every renewal.
     */
    public List<PlannedAudit> planCycle(UUID certificateId, LocalDate decisionDate, LocalDate expiryDate) {
        certify(certificateId);
        List<PlannedAudit> planned = new ArrayList<>();
        DueDates.surveillances(decisionDate)
                .forEach(window -> planned.add(plan(AuditType.SURVEILLANCE, window, surveillanceDays)));
        planned.add(plan(AuditType.RECERTIFICATION, DueDates.recertification(expiryDate), recertificationDays));
        return List.copyOf(planned);
    }

    /**
     * Plans the rest of a cycle transferred from another body on {@code transferDate}, from the transferred
     * certificate's expiry: no stage 1 or stage 2, only the surveillance audits still due here and the
     * recertification.
     */
    public List<PlannedAudit> planTransferredCycle(TransferredCertificate transfer, LocalDate transferDate) {
        this.transferredCertificateNumber = transfer.certificateNumber();
        this.transferredFrom = transfer.issuingBody();
        DueDates.RestOfCycle rest = DueDates.transfer(transferDate, transfer.expiryDate());
        List<PlannedAudit> planned = new ArrayList<>();
        rest.surveillances().forEach(window -> planned.add(plan(AuditType.SURVEILLANCE, window, surveillanceDays)));
        planned.add(plan(AuditType.RECERTIFICATION, rest.recertification(), recertificationDays));
        return planned;
    }

    /** From now on this cycle maintains the certificate. */
    public void certify(UUID certificateId) {
        this.certificateId = certificateId;
        this.status = CycleStatus.CERTIFIED;
    }

    public CycleStatus status() {
        return status;
    }

    /** Each returns whether this cycle's status changed: only the live cycle follows the certificate. */
    public boolean suspendCertificate() {
        return becomes(status.suspended());
    }

    public boolean reinstateCertificate() {
        return becomes(status.reinstated());
    }

    public boolean withdrawCertificate() {
        return becomes(status.withdrawn());
    }

    public boolean expireCertificate() {
        return becomes(status.expired());
    }

    /** The recertification decision opened the next cycle; this one has ended. */
    public void endByRenewal() {
        status = CycleStatus.RENEWED;
    }

    private boolean becomes(CycleStatus next) {
        boolean changed = next != status;
        status = next;
        return changed;
    }

    /**
     * A new revision of the live certificate (an extension or reduction of its scope, a changed address): the audits
     * not announced yet cover its scope and sites.
     *
     * @return whether the programme changed
     */
    public boolean reviseScope(String revisedScope, List<Site> revisedSites) {
        if (!status.live() || (scope.equals(revisedScope) && sites.equals(revisedSites))) {
            return false;
        }
        scope = revisedScope;
        sites = List.copyOf(revisedSites);
        return true;
    }

    /** This cycle as the rules of a scope extension see it. */
    public ScopeExtension.Cycle toExtend() {
        boolean extensionStillDue = audits.stream()
                .anyMatch(audit -> audit.type == AuditType.SCOPE_EXTENSION && audit.isStillDue());
        return new ScopeExtension.Cycle(status, scope, sites, extensionStillDue,
                recertification().map(audit -> audit.dueBy).orElse(null));
    }

    /** An audit of the extended scope and sites, of the programme's standards. */
    public PlannedAudit planScopeExtension(ScopeExtension.Extension extension, BigDecimal days) {
        PlannedAudit audit = plan(AuditType.SCOPE_EXTENSION, extension.window(), days);
        audit.coverExtendedScope(extension.scope(), extension.sites());
        return audit;
    }

    /** This cycle as the rules of special audits see it. */
    public SpecialAudit.Cycle toPlanSpecial() {
        boolean initialCertification = audits.stream().anyMatch(audit -> audit.type == AuditType.STAGE_2);
        Set<SpecialAuditKind> stillPlanned = new LinkedHashSet<>();
        audits.stream().filter(audit -> audit.specialKind() != null && audit.isStillDue())
                .forEach(audit -> stillPlanned.add(audit.specialKind()));
        return new SpecialAudit.Cycle(status, initialCertification, completed(AuditType.STAGE_1), stillDue(AuditType.STAGE_1),
                completed(AuditType.STAGE_2), stillDue(AuditType.STAGE_2), stillPlanned,
                recertification().map(audit -> audit.dueBy).orElse(null));
    }

    private boolean completed(AuditType type) {
        return audits.stream().anyMatch(audit -> audit.type == type && audit.status == PlannedAuditStatus.COMPLETED);
    }

    private boolean stillDue(AuditType type) {
        return audits.stream().anyMatch(audit -> audit.type == type && audit.isStillDue());
    }

    /** An audit staff plan besides the programme's, of its standards, scope and sites, for {@code reason}. */
    public PlannedAudit planSpecial(SpecialAuditKind kind, DueWindow window, BigDecimal days, String reason) {
        PlannedAudit audit = plan(kind.auditType(), window, days);
        audit.planAsSpecial(kind, reason);
        return audit;
    }

    /**
     * The team completed one of the programme's audits. A stage 1 decides what becomes of stage 2 ({@link StageOrder}):
     * ready, stage 2 is due from the day after it for {@code stage2WithinMonths}; not ready, the reason is kept with
     * the stage 1, stage 1 is planned again and stage 2 waits for the repetition.
     *
     * @return the repeated stage 1, when one is planned
     */
    public Optional<PlannedAudit> complete(PlannedAudit audit, LocalDate lastDayOnSite, Recommendation recommendation,
                                           int openMajorNonconformities, int stage2WithinMonths) {
        audit.complete(lastDayOnSite, recommendation);
        if (audit.type != AuditType.STAGE_1) {
            return Optional.empty();
        }
        Optional<String> notReady = StageOrder.notReadyBecause(recommendation, openMajorNonconformities);
        if (notReady.isPresent()) {
            audit.foundNotReady(notReady.get());
            return Optional.of(plan(AuditType.STAGE_1, audit.standards, DueDates.repeatedStage1(lastDayOnSite),
                    audit.days));
        }
        DueWindow stage2 = StageOrder.stage2Window(lastDayOnSite, stage2WithinMonths);
        audits.stream().filter(other -> other.type == AuditType.STAGE_2 && other.isStillDue())
                .forEach(other -> other.dueIn(stage2));
        return Optional.empty();
    }

    /** The stage 1 completed last, as the stage order sees it; empty while none is completed. */
    public Optional<StageOrder.Stage1> latestStage1() {
        return audits.stream()
                .filter(audit -> audit.type == AuditType.STAGE_1 && audit.status == PlannedAuditStatus.COMPLETED
                        && audit.lastDayOnSite != null)
                .max(Comparator.comparing(audit -> audit.lastDayOnSite))
                .map(audit -> new StageOrder.Stage1(audit.lastDayOnSite, audit.recommendation, audit.notReadyReason));
    }

    /**
     * Whether the surveillance {@code audit}, held from {@code start} and booked {@code today}, leaves each calendar
     * year of the cycle that needs one a surveillance ({@link SurveillanceYears}), the cycle's other surveillances as
     * booked, held or still due.
     */
    public Optional<Refusal> checkSurveillanceYears(PlannedAudit audit, LocalDate start,
                                                                      LocalDate today) {
        List<PlannedAudit> surveillances = audits.stream()
                .filter(other -> other.isYearlySurveillance() && other.status != PlannedAuditStatus.CANCELLED)
                .toList();
        Optional<LocalDate> firstDueBy = surveillances.stream().map(other -> other.dueBy)
                .min(Comparator.naturalOrder());
        Optional<PlannedAudit> recertification = recertification();
        if (!audit.isYearlySurveillance() || firstDueBy.isEmpty() || recertification.isEmpty()) {
            return Optional.empty();
        }
        return SurveillanceYears.check(SurveillanceYears.yearsNeeding(firstDueBy.get(), recertification.get().dueBy),
                surveillances.stream()
                        .map(other -> new SurveillanceYears.Surveillance(other.id, other.bookingWindow(),
                                other.id.equals(audit.id) ? start : other.startDate))
                        .toList(), today);
    }

    public boolean isTransferred() {
        return transferredCertificateNumber != null;
    }

    /** The earliest surveillance that nobody is booked for yet, which a cloud audit can still join. */
    public Optional<PlannedAudit> nextUnbookedSurveillance() {
        return audits.stream()
                .filter(audit -> audit.isYearlySurveillance() && audit.status == PlannedAuditStatus.PLANNED)
                .min(Comparator.comparing(audit -> audit.dueBy));
    }

    /**
     * Keeps the audit that can lift the certificate's suspension for {@code reason} from {@code suspendedOn}, if
     * there is one ({@link SuspensionLifting}), open for booking until {@code suspendedUntil}.
     *
     * @return that audit, which the suspension does not stop
     */
    public Optional<PlannedAudit> keepAuditLiftingSuspension(String reason, LocalDate suspendedOn,
                                                             LocalDate suspendedUntil) {
        List<SuspensionLifting.OpenAudit> stillDue = audits.stream()
                .filter(PlannedAudit::isStillDue)
                .map(audit -> new SuspensionLifting.OpenAudit(audit.id, audit.type, audit.dueBy))
                .toList();
        Optional<PlannedAudit> lifting = SuspensionLifting.liftingAudit(reason, suspendedOn, stillDue)
                .flatMap(this::audit);
        lifting.ifPresent(audit -> audit.keepForLiftingSuspension(suspendedUntil));
        return lifting;
    }

    public Optional<PlannedAudit> recertification() {
        return audits.stream().filter(audit -> audit.type == AuditType.RECERTIFICATION).findFirst();
    }

    /**
     * A cloud certificate was issued on this cycle: the programme and those of its surveillance and recertification
     * audits that are not booked yet cover ISO/IEC TR 20000-9 from now on (a booked audit was announced as it is).
     *
     * @return the audits that now include the cloud standard
     */
    public List<PlannedAudit> certifyCloud() {
        standards = withCloud(standards);
        List<PlannedAudit> extended = audits.stream()
                .filter(audit -> audit.type == AuditType.SURVEILLANCE || audit.type == AuditType.RECERTIFICATION)
                .filter(audit -> audit.status == PlannedAuditStatus.PLANNED
                        || audit.status == PlannedAuditStatus.ON_HOLD)
                .filter(audit -> !audit.standards.contains(Standard.ISO_IEC_TR_20000_9_2015))
                .toList();
        extended.forEach(PlannedAudit::includeCloud);
        return extended;
    }

    /** The standards with ISO/IEC TR 20000-9 (cloud services) after them, once. */
    static List<Standard> withCloud(List<Standard> standards) {
        Set<Standard> with = new LinkedHashSet<>(standards);
        with.add(Standard.ISO_IEC_TR_20000_9_2015);
        return List.copyOf(with);
    }

    /** The programme of the next certification cycle under the same contract, still without audits. */
    /**
     * The cycle a renewal opens under the same contract; {@code excludedAuditors} are those of its application
     * review, made from the impartiality register as it stands then rather than carried over from the contract.
     */
    public AuditProgramme nextCycle(String holderName, String scope, List<Site> sites, List<String> excludedAuditors,
                                    OffsetDateTime now) {
        AuditProgramme next = new AuditProgramme();
        next.id = UUID.randomUUID();
        next.clientId = clientId;
        next.clientName = holderName;
        next.contractId = contractId;
        next.cycle = cycle + 1;
        next.standards = standards;
        next.scope = scope;
        next.technicalAreas = technicalAreas;
        next.sites = List.copyOf(sites);
        next.excludedAuditors = List.copyOf(excludedAuditors);
        next.surveillanceDays = surveillanceDays;
        next.recertificationDays = recertificationDays;
        next.createdAt = now;
        return next;
    }

    /**
     * The sites {@code audit} visits if booked now ({@link SiteSampling}), given the samples the cycle's booked and
     * completed audits visit or visited and the nonconformities found there.
     */
    public SiteSampling.Sample sampleFor(PlannedAudit audit) {
        List<SiteSampling.Visit> visits = audits.stream()
                .filter(other -> other != audit && (other.isBooked() || other.status == PlannedAuditStatus.COMPLETED))
                .flatMap(other -> other.sample().stream().flatMap(sample -> sample.visitsOn(other.visitDay()).stream()))
                .toList();
        return SiteSampling.choose(audit.type, audit.auditedSites(), visits);
    }

    public Optional<PlannedAudit> audit(UUID auditId) {
        return audits.stream().filter(audit -> audit.id.equals(auditId)).findFirst();
    }
}
