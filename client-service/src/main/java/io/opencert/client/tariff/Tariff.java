package io.opencert.client.tariff;

import io.opencert.events.model.AuditType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;

/**
 * What the certification body charges from {@code validFrom} on: audit days at the day rate, travel for each audit
 * and the fees that come with an audit. An empty {@code validFrom} is the configured default, valid from the start.
 */
public record Tariff(LocalDate validFrom, BigDecimal dayRate, BigDecimal certificateFee,
                     BigDecimal annualRegistrationFee, BigDecimal travelPerAudit, Currency currency) {

    public BigDecimal priceOf(AuditType type, BigDecimal days) {
        return dayRate.multiply(days).add(travelPerAudit).add(feesWith(type))
                .setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
    }

    /**
     * Stage 2 and recertification end in a (new) certificate, and so does the cloud extension (its TR 20000-9
     * certificate, after a certification decision); a surveillance year carries the annual fee.
     */
    private BigDecimal feesWith(AuditType type) {
        return switch (type) {
            case STAGE_2, RECERTIFICATION, CLOUD_EXTENSION -> certificateFee;
            case SURVEILLANCE -> annualRegistrationFee;
            default -> BigDecimal.ZERO;
        };
    }
}
