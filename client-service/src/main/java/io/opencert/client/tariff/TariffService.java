package io.opencert.client.tariff;

import io.opencert.client.rules.ClientRule;
import io.opencert.client.tariff.dto.TariffView;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.commons.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;

/** Tariffs by the day they take effect; before the first one cb-admin enters, the configured default applies. */
@ApplicationScoped
public class TariffService {
    static final String ENTITY = "Tariff";

    private final TariffRepository tariffs;
    private final Tariff defaultTariff;
    private final ChangeLog changeLog;
    private final CurrentUser user;
    private final Clock clock;

    TariffService(TariffRepository tariffs, TariffConfig config, ChangeLog changeLog, CurrentUser user, Clock clock) {
        this.tariffs = tariffs;
        this.defaultTariff = new Tariff(null, config.dayRate(), config.certificateFee(),
                config.annualRegistrationFee(), config.travelPerAudit(), Currency.getInstance(config.currency()));
        this.changeLog = changeLog;
        this.user = user;
        this.clock = clock;
    }

    @WithSession
    public Uni<Tariff> validOn(LocalDate day) {
        return tariffs.validOn(day).map(found -> found == null ? defaultTariff : found.tariff());
    }

    @WithSession
    public Uni<Page<TariffView>> list(PageRequest page) {
        return Page.of(tariffs.newestFirst(), page, found -> TariffView.of(found.tariff()));
    }

    /** A new tariff from its valid-from day; one tariff per day (409 tariff-exists). */
    @WithTransaction
    public Uni<TariffView> enter(TariffView tariff) {
        Currency currency;
        try {
            currency = Currency.getInstance(tariff.currency());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("currency", "is not an ISO 4217 currency");
        }
        return tariffs.findByValidFrom(tariff.validFrom()).flatMap(existing -> {
            if (existing != null) {
                throw new RuleViolation(ClientRule.TARIFF_EXISTS,
                        "A tariff valid from " + tariff.validFrom() + " exists; enter one valid from another day.");
            }
            TariffVersion entered = new TariffVersion();
            entered.validFrom = tariff.validFrom();
            entered.dayRate = tariff.dayRate();
            entered.certificateFee = tariff.certificateFee();
            entered.annualRegistrationFee = tariff.annualRegistrationFee();
            entered.travelPerAudit = tariff.travelPerAudit();
            entered.currency = currency.getCurrencyCode();
            entered.createdAt = clock.instant();
            entered.createdBy = user.username();
            return tariffs.persist(entered)
                    .call(() -> changeLog.record(user.username(), ENTITY, entered.id, "entered",
                            "valid from " + entered.validFrom + ": day rate " + entered.dayRate + ", certificate "
                                    + entered.certificateFee + ", annual registration " + entered.annualRegistrationFee
                                    + ", travel " + entered.travelPerAudit + " " + entered.currency))
                    .map(saved -> TariffView.of(saved.tariff()));
        });
    }
}
