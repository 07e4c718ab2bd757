package io.opencert.client.audittime;

import io.opencert.client.rules.ClientRule;

import java.math.BigDecimal;

/**
 * A named adjustment of the audit time from the table: {@code percent} below zero reduces, above zero increases it;
 * every adjustment needs a written justification (ISO/IEC 17021-1, IAF MD 5).
 */
public record Adjustment(Factor factor, BigDecimal percent, String justification) {

    public enum Factor {
        SERVICE_COMPLEXITY("complexity of the services"),
        SUPPLIERS_INVOLVED("number of service providers and suppliers involved"),
        OUTSOURCED_PROCESSES("outsourced processes"),
        REMOTE_LOCATIONS("remote locations"),
        /** Integration with an ISO/IEC 27001 or ISO 9001 management system: a reduction of at most 20%. */
        INTEGRATED_MANAGEMENT_SYSTEM("integration with an ISO/IEC 27001 or ISO 9001 management system");

        private final String description;

        Factor(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public Adjustment {
        if (factor == null || percent == null) {
            throw new AuditTimeRule(ClientRule.ADJUSTMENT_INCOMPLETE, "adjustments",
                    "an adjustment needs a factor and a percentage");
        }
        if (percent.signum() == 0 || percent.abs().compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new AuditTimeRule(ClientRule.ADJUSTMENT_OUT_OF_RANGE, "adjustments",
                    factor + ": the percentage must be between -100 and 100 and not 0, was " + percent);
        }
        if (justification == null || justification.isBlank()) {
            throw new AuditTimeRule(ClientRule.ADJUSTMENT_JUSTIFICATION_REQUIRED, "adjustments",
                    factor + ": every adjustment of the audit time needs a written justification");
        }
    }

    public boolean isReduction() {
        return percent.signum() < 0;
    }
}
