package io.opencert.certificate.certificate;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A revision of a certificate as it was issued; the holder and the CB can download every one of them. */
@Entity
@Table(name = "certificate_revision")
public class CertificateRevision extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "certificate_id", nullable = false)
    public UUID certificateId;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false)
    public int cycle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RevisionReason reason;

    @Column(name = "holder_name", nullable = false)
    public String holderName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Standard standard;

    @Column(nullable = false)
    public String scope;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certificate_revision_site", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    public List<CertifiedSite> sites = new ArrayList<>();

    @Column(name = "original_certification_date", nullable = false)
    public LocalDate originalCertificationDate;

    @Column(name = "issue_date", nullable = false)
    public LocalDate issueDate;

    @Column(name = "expiry_date", nullable = false)
    public LocalDate expiryDate;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    /** The certificate's current content, kept as this revision. */
    static CertificateRevision of(Certificate certificate, RevisionReason reason, String issuedBy, Instant at) {
        CertificateRevision revision = new CertificateRevision();
        revision.id = UUID.randomUUID();
        revision.certificateId = certificate.id;
        revision.revision = certificate.revision;
        revision.cycle = certificate.cycle;
        revision.reason = reason;
        revision.holderName = certificate.holderName;
        revision.standard = certificate.standard;
        revision.scope = certificate.scope;
        certificate.sites.forEach(site -> revision.sites.add(site.copy()));
        revision.originalCertificationDate = certificate.originalCertificationDate;
        revision.issueDate = certificate.issueDate;
        revision.expiryDate = certificate.expiryDate;
        revision.issuedAt = at;
        revision.issuedBy = issuedBy;
        return revision;
    }
}
