package io.opencert.client.quotation;

import io.opencert.events.model.AuditType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** One audit of the cycle (the surveillances numbered 1 and 2) with its days, sites and price (fees included). */
@Embeddable
public class QuotedAudit {
    @Enumerated(EnumType.STRING)
    @Column(name = "audit_type", nullable = false)
    public AuditType type;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public BigDecimal days;

    /** The days at each visited site, e.g. "Head office 1.5, Data centre 0.5". */
    @Column(name = "site_days", nullable = false)
    public String siteDays;

    @Column(nullable = false)
    public BigDecimal price;

    public QuotedAudit() {
    }

    public QuotedAudit(AuditType type, int number, BigDecimal days, String siteDays, BigDecimal price) {
        this.type = type;
        this.number = number;
        this.days = days;
        this.siteDays = siteDays;
        this.price = price;
    }
}
