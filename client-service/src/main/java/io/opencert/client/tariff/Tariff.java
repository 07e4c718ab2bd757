package io.opencert.client.tariff;

import io.opencert.events.model.AuditType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** What the certification body charges: audit days at the day rate plus the fees that come with an audit. */
public record Tariff(BigDecimal dayRate, BigDecimal certificateFee, BigDecimal annualRegistrationFee,
                     Currency currency) {

    public BigDecimal priceOf(AuditType type, BigDecimal days) {
        return dayRate.multiply(days).add(feesWith(type))
                .setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
    }

    /** Stage 2 and recertification end in a (new) certificate; a surveillance year carries the annual fee. */
    private BigDecimal feesWith(AuditType type) {
        return switch (type) {
            case STAGE_2, RECERTIFICATION -> certificateFee;
            case SURVEILLANCE -> annualRegistrationFee;
            default -> BigDecimal.ZERO;
        };
    }
}
