package io.opencert.client.quotation;

import io.opencert.events.model.AuditType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** One audit of the cycle with its days and its price (fees included). */
@Embeddable
public class QuotedAudit {
    @Enumerated(EnumType.STRING)
    @Column(name = "audit_type", nullable = false)
    public AuditType type;

    @Column(nullable = false)
    public BigDecimal days;

    @Column(nullable = false)
    public BigDecimal price;

    public QuotedAudit() {
    }

    public QuotedAudit(AuditType type, BigDecimal days, BigDecimal price) {
        this.type = type;
        this.days = days;
        this.price = price;
    }
}
