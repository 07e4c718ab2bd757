package io.opencert.client.tariff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** The default tariff; {@code cb.tariff.*} (or CB_TARIFF_* in the environment) replaces it. */
@ConfigMapping(prefix = "cb.tariff")
public interface TariffConfig {
    @WithDefault("500")
    BigDecimal dayRate();

    @WithDefault("250")
    BigDecimal certificateFee();

    @WithDefault("250")
    BigDecimal annualRegistrationFee();

    @WithDefault("EUR")
    /** ISO 4217 code. */
    String currency();
}
