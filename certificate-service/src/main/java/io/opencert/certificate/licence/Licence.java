package io.opencert.certificate.licence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.UUID;

/** The "certificate issuance and right to use licence" that comes with a certificate, under versioned terms. */
@Entity
@Table(name = "licence")
public class Licence extends PanacheEntityBase {
    @Id
    public UUID id;

    @Version
    public Long version;

    @Column(name = "certificate_id", nullable = false, unique = true)
    public UUID certificateId;

    @Column(name = "certificate_number", nullable = false)
    public String certificateNumber;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "terms_version", nullable = false)
    public int termsVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LicenceStatus status;

    @Column(name = "granted_on", nullable = false)
    public LocalDate grantedOn;

    @Column(name = "status_since", nullable = false)
    public LocalDate statusSince;

    /** Why the licence was last revoked or restored. */
    @Column(name = "status_note")
    public String statusNote;
}
