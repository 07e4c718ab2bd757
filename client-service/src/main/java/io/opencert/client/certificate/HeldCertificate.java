package io.opencert.client.certificate;

import io.opencert.events.model.Standard;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A certificate of a client as certificate-service announces it on cb.certificate-events (a read model: that service
 * owns the certificate). Events may come late or twice: the number, standard and expiry date follow the newest
 * revision seen, the status the latest status change by its date; a withdrawal is final, and an older revision or
 * status change seen after a newer one changes nothing.
 */
@Entity
@Table(name = "held_certificate")
public class HeldCertificate {
    @Id
    @Column(name = "certificate_id")
    private UUID certificateId;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(nullable = false)
    private String number;

    /** Empty while only a status change of the certificate has arrived, before its issue or renewal. */
    @Enumerated(EnumType.STRING)
    private Standard standard;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateStatus status;

    /** The day the status took effect: the decision, suspension, reinstatement, withdrawal or expiry day. */
    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    /** The last day of validity; empty while only a suspension or withdrawal has arrived. */
    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    /** The newest revision seen; 0 while none has arrived. */
    @Column(nullable = false)
    private int revision;

    @Version
    private int version;

    protected HeldCertificate() {
    }

    private HeldCertificate(UUID certificateId, UUID clientId, String number, CertificateStatus status,
                            LocalDate statusSince) {
        this.certificateId = Objects.requireNonNull(certificateId);
        this.clientId = Objects.requireNonNull(clientId);
        this.number = Objects.requireNonNull(number);
        this.status = Objects.requireNonNull(status);
        this.statusSince = Objects.requireNonNull(statusSince);
    }

    /** A certificate issued by the decision of {@code decisionDate}: active from that day. */
    public static HeldCertificate issued(UUID certificateId, UUID clientId, String number, int revision,
                                         Standard standard, LocalDate decisionDate, LocalDate expiryDate) {
        HeldCertificate certificate = new HeldCertificate(certificateId, clientId, number, CertificateStatus.ACTIVE,
                decisionDate);
        certificate.revise(revision, standard, expiryDate);
        return certificate;
    }

    /**
     * A certificate first heard of by a status change (its issue is still to arrive, e.g. replayed from the dead-letter
     * topic): its standard and expiry date stay unknown until then.
     */
    public static HeldCertificate changed(UUID certificateId, UUID clientId, String number, CertificateStatus status,
                                          LocalDate since, LocalDate expiryDate) {
        HeldCertificate certificate = new HeldCertificate(certificateId, clientId, number, status, since);
        certificate.expiryDate = expiryDate;
        return certificate;
    }

    /**
     * The issue arrived after later changes of the certificate: it adds what they did not say (standard, expiry
     * date of revision 1) and leaves their status as it is. True when anything changed.
     */
    public boolean issueArrived(int revision, Standard standard, LocalDate expiryDate) {
        return revise(revision, standard, expiryDate);
    }

    /**
     * A recertification decision renewed the certificate (or restored it, within 6 months of its expiry): active
     * again from {@code decisionDate}, with the new revision's expiry date. True when anything changed.
     */
    public boolean renewed(int revision, Standard standard, LocalDate decisionDate, LocalDate expiryDate) {
        boolean revised = revise(revision, standard, expiryDate);
        return changeStatus(CertificateStatus.ACTIVE, decisionDate) || revised;
    }

    /** A new revision (scope, sites or address changed); the status stays. True when anything changed. */
    public boolean revised(int revision, LocalDate expiryDate) {
        return revise(revision, null, expiryDate);
    }

    public boolean suspended(LocalDate on) {
        return changeStatus(CertificateStatus.SUSPENDED, on);
    }

    public boolean reinstated(LocalDate on, LocalDate expiryDate) {
        boolean known = learnExpiry(expiryDate);
        return changeStatus(CertificateStatus.ACTIVE, on) || known;
    }

    /** Withdrawn for good: no later event makes it live again. */
    public boolean withdrawn(LocalDate on) {
        return changeStatus(CertificateStatus.WITHDRAWN, on);
    }

    /** Expired on {@code on}, the day after {@code expiryDate}; a renewal within 6 months restores it. */
    public boolean expired(LocalDate on, LocalDate expiryDate) {
        boolean known = learnExpiry(expiryDate);
        return changeStatus(CertificateStatus.EXPIRED, on) || known;
    }

    /** The status on and after {@code since}, unless the certificate was withdrawn or a later change is known. */
    private boolean changeStatus(CertificateStatus next, LocalDate since) {
        if (status == CertificateStatus.WITHDRAWN) {
            return false;
        }
        if (next != CertificateStatus.WITHDRAWN && since.isBefore(statusSince)) {
            return false; // an older change, told after a newer one
        }
        boolean changed = status != next || !since.equals(statusSince);
        status = next;
        statusSince = since;
        return changed;
    }

    /** The facts of a revision newer than the newest seen; the standard, which never changes, whenever missing. */
    private boolean revise(int newRevision, Standard newStandard, LocalDate newExpiry) {
        boolean changed = false;
        if (standard == null && newStandard != null) {
            standard = newStandard;
            changed = true;
        }
        if (newRevision > revision) {
            // expiry dates only move on (renewal, restoration); one a status change told of before any revision
            // arrived is not undone by an older revision's
            expiryDate = revision == 0 && expiryDate != null && expiryDate.isAfter(newExpiry) ? expiryDate : newExpiry;
            revision = newRevision;
            changed = true;
        }
        return changed;
    }

    private boolean learnExpiry(LocalDate known) {
        if (expiryDate != null || known == null) {
            return false;
        }
        expiryDate = known;
        return true;
    }

    public UUID certificateId() {
        return certificateId;
    }

    public UUID clientId() {
        return clientId;
    }

    public String number() {
        return number;
    }

    public Standard standard() {
        return standard;
    }

    public CertificateStatus status() {
        return status;
    }

    public LocalDate statusSince() {
        return statusSince;
    }

    public LocalDate expiryDate() {
        return expiryDate;
    }

    public int revision() {
        return revision;
    }

    /** As the change log and the refusals say it: "CB-2026-000001 (ISO/IEC 20000-1:2018, ACTIVE, expires ...)". */
    @Override
    public String toString() {
        return number + " (" + (standard == null ? "standard not yet known" : standard.title()) + ", " + status
                + " since " + statusSince + (expiryDate == null ? "" : ", valid until " + expiryDate)
                + ", revision " + revision + ")";
    }
}
