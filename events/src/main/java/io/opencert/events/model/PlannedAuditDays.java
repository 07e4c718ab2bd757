package io.opencert.events.model;

import java.math.BigDecimal;

/** Audit days bought for one audit of the certification cycle (for surveillance and recertification: each one). */
public record PlannedAuditDays(AuditType type, BigDecimal days) {
}
