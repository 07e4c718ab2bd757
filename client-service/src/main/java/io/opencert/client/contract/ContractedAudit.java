package io.opencert.client.contract;

import io.opencert.events.model.AuditType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** The days bought for each audit of this type in the cycle. */
@Embeddable
public class ContractedAudit {
    @Enumerated(EnumType.STRING)
    @Column(name = "audit_type", nullable = false)
    public AuditType type;

    @Column(nullable = false)
    public BigDecimal days;

    public ContractedAudit() {
    }

    public ContractedAudit(AuditType type, BigDecimal days) {
        this.type = type;
        this.days = days;
    }
}
