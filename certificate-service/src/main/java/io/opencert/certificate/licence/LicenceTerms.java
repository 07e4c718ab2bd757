package io.opencert.certificate.licence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One version of the licence terms; a new licence is granted under the latest version in effect. */
@Entity
@Table(name = "licence_terms")
public class LicenceTerms extends PanacheEntityBase {
    @Id
    public Integer version;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String text;
}
