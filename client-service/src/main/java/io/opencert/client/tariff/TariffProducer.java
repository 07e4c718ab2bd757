package io.opencert.client.tariff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.Currency;

@ApplicationScoped
public class TariffProducer {

    @Produces
    @Singleton
    Tariff tariff(TariffConfig config) {
        return new Tariff(config.dayRate(), config.certificateFee(), config.annualRegistrationFee(),
                Currency.getInstance(config.currency()));
    }
}
