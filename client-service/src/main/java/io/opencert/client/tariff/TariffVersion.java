package io.opencert.client.tariff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/** A tariff cb-admin entered; it applies to quotations made from its valid-from day until the next one's. */
@Entity
@Table(name = "tariff")
public class TariffVersion {
    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "valid_from", nullable = false, unique = true)
    public LocalDate validFrom;

    @Column(name = "day_rate", nullable = false)
    public BigDecimal dayRate;

    @Column(name = "certificate_fee", nullable = false)
    public BigDecimal certificateFee;

    @Column(name = "annual_registration_fee", nullable = false)
    public BigDecimal annualRegistrationFee;

    @Column(name = "travel_per_audit", nullable = false)
    public BigDecimal travelPerAudit;

    @Column(nullable = false)
    public String currency;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public Tariff tariff() {
        return new Tariff(validFrom, dayRate, certificateFee, annualRegistrationFee, travelPerAudit,
                Currency.getInstance(currency));
    }
}
