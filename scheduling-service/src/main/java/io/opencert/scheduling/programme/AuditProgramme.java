package io.opencert.scheduling.programme;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.scheduling.rules.DueDates;
import io.opencert.scheduling.rules.DueWindow;
import io.opencert.scheduling.storage.SitesColumn;
import io.opencert.scheduling.storage.StandardsColumn;
import io.opencert.scheduling.storage.UsernamesColumn;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The audits of one client's certification cycle (ISO/IEC 17021-1 9.1.3), with what the contract says about
 * them: standards, scope, sites, audit days and the auditors excluded for impartiality.
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

    /** The certificate this cycle maintains, once issued. */
    @Column(name = "certificate_id")
    public UUID certificateId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    /** A set, not a list: fetched together with each audit's team, a list would repeat an audit per team member. */
    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL)
    @OrderBy("dueBy")
    public Set<PlannedAudit> audits = new LinkedHashSet<>();

    public PlannedAudit plan(AuditType type, DueWindow window, BigDecimal days) {
        PlannedAudit audit = new PlannedAudit(this, type, window, days);
        audits.add(audit);
        return audit;
    }

    /**
     * Plans what a certification decision makes due: two surveillance audits and the recertification, from the
     * decision and expiry dates. The same for the initial certificate and every renewal.
     */
    public List<PlannedAudit> planCycle(UUID certificateId, LocalDate decisionDate, LocalDate expiryDate) {
        this.certificateId = certificateId;
        return List.of(
                plan(AuditType.SURVEILLANCE, DueDates.firstSurveillance(decisionDate), surveillanceDays),
                plan(AuditType.SURVEILLANCE, DueDates.secondSurveillance(decisionDate), surveillanceDays),
                plan(AuditType.RECERTIFICATION, DueDates.recertification(expiryDate), recertificationDays));
    }

    /** The programme of the next certification cycle under the same contract, still without audits. */
    public AuditProgramme nextCycle(String holderName, String scope, List<Site> sites, OffsetDateTime now) {
        AuditProgramme next = new AuditProgramme();
        next.id = UUID.randomUUID();
        next.clientId = clientId;
        next.clientName = holderName;
        next.contractId = contractId;
        next.cycle = cycle + 1;
        next.standards = standards;
        next.scope = scope;
        next.sites = List.copyOf(sites);
        next.excludedAuditors = excludedAuditors;
        next.surveillanceDays = surveillanceDays;
        next.recertificationDays = recertificationDays;
        next.createdAt = now;
        return next;
    }

    public Optional<PlannedAudit> audit(UUID auditId) {
        return audits.stream().filter(audit -> audit.id.equals(auditId)).findFirst();
    }
}
