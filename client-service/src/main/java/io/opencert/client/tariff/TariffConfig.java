package io.opencert.client.tariff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** The default tariff, in force until cb-admin enters the first tariff; {@code cb.tariff.*} (or CB_TARIFF_* in the environment) replaces it. */
@ConfigMapping(prefix = "cb.tariff")
public interface TariffConfig {
    @WithDefault("500")
    BigDecimal dayRate();

    @WithDefault("250")
    BigDecimal certificateFee();

    @WithDefault("250")
    BigDecimal annualRegistrationFee();

    @WithDefault("0")
    BigDecimal travelPerAudit();

    /** ISO 4217 code. */
    @WithDefault("EUR")
    String currency();
}
