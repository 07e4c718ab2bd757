package io.opencert.client.tariff.dto;

import io.opencert.client.tariff.Tariff;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** A tariff; {@code validFrom} is empty for the configured default that applies before the first entered tariff. */
public record TariffView(
        @NotNull LocalDate validFrom,
        @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal dayRate,
        @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal certificateFee,
        @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal annualRegistrationFee,
        @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal travelPerAudit,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency) {

    public static TariffView of(Tariff tariff) {
        int digits = tariff.currency().getDefaultFractionDigits();
        return new TariffView(tariff.validFrom(), tariff.dayRate().setScale(digits, RoundingMode.HALF_UP),
                tariff.certificateFee().setScale(digits, RoundingMode.HALF_UP),
                tariff.annualRegistrationFee().setScale(digits, RoundingMode.HALF_UP),
                tariff.travelPerAudit().setScale(digits, RoundingMode.HALF_UP), tariff.currency().getCurrencyCode());
    }
}
