package io.opencert.certificate.certificate;

import io.opencert.certificate.rules.ScopedSite;
import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.rules.AdministrativeReissue;
import io.opencert.certificate.rules.CertificateLifecycle;
import io.opencert.certificate.rules.CertificateLifecycle.Action;
import io.opencert.certificate.rules.CertificateLifecycle.Transition;
import io.opencert.certificate.rules.ScopeExtension;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.events.model.Standard;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
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
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A certificate as ISO/IEC 17021-1 8.2.2 describes it; a reissue raises the revision. Its status and scope change
 * through the methods below, each on the rules of {@link CertificateLifecycle}, which throw the rule a change breaks.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {
    /** The entity type of a certificate in the change log. */
    public static final String ENTITY = "Certificate";
    /** The actor of changes this service makes on its own, on another service's event. */
    public static final String SYSTEM = "certificate-service";

    @Id
    public UUID id;

    @Version
    public Long version;

    @Column(nullable = false, unique = true)
    public String number;

    @Column(nullable = false)
    public int revision;

    /** The certification cycle: 1 from the initial decision, one more with each renewal. */
    @Column(nullable = false)
    public int cycle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CertificateStatus status;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "holder_name", nullable = false)
    public String holderName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Standard standard;

    @Column(nullable = false)
    public String scope;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certificate_site", joinColumns = @JoinColumn(name = "certificate_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100) // one query for the sites of a whole page of certificates
    public List<CertifiedSite> sites = new ArrayList<>();

    @Column(name = "decision_id", nullable = false)
    public UUID decisionId;

    /** The audit decided on; empty for a certificate transferred from another body until its first renewal. */
    @Column(name = "audit_id")
    public UUID auditId;

    /**
     * scheduling-service's audit programme; empty for a transferred certificate until the client's first audit here
     * names the programme.
     */
    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "original_certification_date", nullable = false)
    public LocalDate originalCertificationDate;

    @Column(name = "issue_date", nullable = false)
    public LocalDate issueDate;

    @Column(name = "expiry_date", nullable = false)
    public LocalDate expiryDate;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    /** The day the certificate got its current status (the issue date while it is active from the start). */
    @Column(name = "status_since", nullable = false)
    public LocalDate statusSince;

    /** Why it is suspended; only while SUSPENDED. Never public. */
    @Enumerated(EnumType.STRING)
    @Column(name = "suspension_reason")
    public SuspensionReason suspensionReason;

    /** The last day of the suspension; only while SUSPENDED. After it, the daily job withdraws the certificate. */
    @Column(name = "suspended_until")
    public LocalDate suspendedUntil;

    /** The note or rationale of the last status change. Never public. */
    @Column(name = "status_note")
    public String statusNote;

    /** Suspended from {@code on} for at most 6 months; the note is the reason in words, never public. */
    void suspend(LocalDate on, SuspensionReason reason, String note) {
        Transition transition = CertificateLifecycle.apply(status, Action.SUSPEND, on, expiryDate);
        toStatus(transition.status(), on, note);
        suspensionReason = reason;
        suspendedUntil = transition.suspendedUntil();
    }

    /** Valid again from {@code on} until the unchanged expiry date; returns why it had been suspended. */
    SuspensionReason reinstate(LocalDate on, String note) {
        CertificateLifecycle.apply(status, Action.REINSTATE, on, expiryDate);
        SuspensionReason wasSuspendedFor = suspensionReason;
        toStatus(CertificateStatus.ACTIVE, on, note);
        return wasSuspendedFor;
    }

    void withdraw(LocalDate on, String note) {
        CertificateLifecycle.apply(status, Action.WITHDRAW, on, expiryDate);
        toStatus(CertificateStatus.WITHDRAWN, on, note);
    }

    void expire(LocalDate on, String note) {
        CertificateLifecycle.apply(status, Action.EXPIRE, on, expiryDate);
        toStatus(CertificateStatus.EXPIRED, on, note);
    }

    /**
     * Reduced to the scope and sites that still meet the requirements, as a new revision; a suspension ends with it
     * (ISO/IEC 17021-1, 9.6.4). Returns whether it had been suspended.
     */
    boolean reduceScope(LocalDate on, Instant at, String reducedScope, List<ScopedSite> remainingSites, String note) {
        CertificateLifecycle.apply(status, Action.REDUCE_SCOPE, on, expiryDate);
        boolean wasSuspended = status == CertificateStatus.SUSPENDED;
        scope = reducedScope.strip();
        if (remainingSites != null) {
            replaceSites(remainingSites);
        }
        if (wasSuspended) {
            toStatus(CertificateStatus.ACTIVE, on, note);
        }
        newRevision(on, at);
        return wasSuspended;
    }

    /**
     * Extended to the scope and sites a scope extension audit covered, as a new revision (see {@link ScopeExtension});
     * number, validity, cycle and status stay.
     */
    void extendScope(LocalDate on, Instant at, String extendedScope, List<ScopedSite> auditedSites) {
        CertificateLifecycle.apply(status, Action.EXTEND_SCOPE, on, expiryDate);
        List<ScopedSite> extended = ScopeExtension.extendedSites(sites.stream().map(CertifiedSite::scoped).toList(),
                auditedSites);
        scope = extendedScope.strip();
        replaceSites(extended);
        newRevision(on, at);
    }

    /**
     * The administrative reissue after a documented change of the holder's name or of site names and addresses: a new
     * revision with no other change (see {@link AdministrativeReissue}).
     */
    void reissue(LocalDate on, Instant at, String newHolderName, List<ScopedSite> renamedSites) {
        CertificateLifecycle.apply(status, Action.REISSUE, on, expiryDate);
        if (renamedSites != null) {
            AdministrativeReissue.requireSameSitesAndScopes(scope, sites.stream().map(CertifiedSite::scoped).toList(),
                    renamedSites);
            for (int i = 0; i < sites.size(); i++) {
                sites.get(i).rename(renamedSites.get(i).site());
            }
        }
        if (newHolderName != null) {
            holderName = newHolderName.strip();
        }
        newRevision(on, at);
    }

    /**
     * A new cycle on a granted recertification: a new revision with the audit's scope and sites, valid until
     * {@code newExpiry}; an expired certificate is restored by it. Returns whether it was restored.
     */
    boolean renew(Renewal renewal, LocalDate newExpiry, Instant at) {
        LocalDate on = renewal.decisionDate();
        CertificateLifecycle.apply(status, Action.RENEW, on, expiryDate);
        boolean restored = status != CertificateStatus.ACTIVE;
        revision++;
        cycle++;
        holderName = renewal.holderName();
        scope = renewal.scope();
        replaceSites(renewal.sites());
        decisionId = renewal.decisionId();
        auditId = renewal.auditId();
        programmeId = renewal.programmeId();
        issueDate = on;
        expiryDate = newExpiry;
        issuedAt = at;
        if (restored) {
            toStatus(CertificateStatus.ACTIVE, on, "restored by recertification");
        }
        return restored;
    }

    /** Whether it can no longer be restored by a recertification decided on {@code on}. */
    boolean restorable(LocalDate on) {
        return !on.isAfter(CertificateLifecycle.restorableUntil(expiryDate));
    }

    private void newRevision(LocalDate on, Instant at) {
        revision++;
        issueDate = on;
        issuedAt = at;
    }

    private void replaceSites(List<ScopedSite> newSites) {
        sites.clear();
        sites.addAll(newSites.stream().map(CertifiedSite::of).toList());
    }

    private void toStatus(CertificateStatus newStatus, LocalDate since, String note) {
        status = newStatus;
        statusSince = since;
        suspensionReason = null;
        suspendedUntil = null;
        statusNote = note;
    }
}
