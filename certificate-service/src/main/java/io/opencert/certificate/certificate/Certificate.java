package io.opencert.certificate.certificate;

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

/** A certificate as ISO/IEC 17021-1 8.2.2 describes it; a reissue raises the revision. */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {
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
}
