package io.opencert.client.tariff;

import io.opencert.client.audittime.AuditTime;
import io.opencert.client.audittime.AuditTimeCalculator;
import io.opencert.client.audittime.AuditTimeTable;
import io.opencert.events.model.AuditType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class TariffTest {
    /** The defaults of {@link TariffConfig}. */
    private final Tariff tariff = new Tariff(null, new BigDecimal("500"), new BigDecimal("250"), new BigDecimal("250"),
            BigDecimal.ZERO,
            Currency.getInstance("EUR"));
    private final AuditTimeCalculator calculator = new AuditTimeCalculator(AuditTimeTable.iafMd5());

    /** The published example: one location, up to 15 employees. */
    @ParameterizedTest(name = "{0} persons")
    @ValueSource(ints = {11, 12, 15})
    void initialAuditCostsFifteenHundredIncludingTheCertificateAndSurveillanceWithTheAnnualFeeSevenHundredFifty(
            int persons) {
        AuditTime time = calculator.calculate(persons);

        BigDecimal initial = tariff.priceOf(AuditType.STAGE_1, time.stage1Days())
                .add(tariff.priceOf(AuditType.STAGE_2, time.stage2Days()));
        BigDecimal surveillance = tariff.priceOf(AuditType.SURVEILLANCE, time.surveillanceDays());

        assertThat(initial).isEqualByComparingTo("1500");
        assertThat(surveillance).isEqualByComparingTo("750");
    }

    @Test
    void pricesDaysAtTheDayRateWithTheFeesOfEachAudit() {
        BigDecimal days = new BigDecimal("1.5");

        assertThat(tariff.priceOf(AuditType.STAGE_1, days)).isEqualTo(new BigDecimal("750.00"));
        assertThat(tariff.priceOf(AuditType.STAGE_2, days)).isEqualTo(new BigDecimal("1000.00"));
        assertThat(tariff.priceOf(AuditType.SURVEILLANCE, days)).isEqualTo(new BigDecimal("1000.00"));
        assertThat(tariff.priceOf(AuditType.RECERTIFICATION, days)).isEqualTo(new BigDecimal("1000.00"));
    }

    @Test
    void pricesTheCloudExtensionPerAuditDayWithItsCertificate() {
        Tariff withTravel = new Tariff(null, new BigDecimal("500"), new BigDecimal("250"), new BigDecimal("100"),
                new BigDecimal("80"), Currency.getInstance("EUR"));

        assertThat(tariff.priceOf(AuditType.CLOUD_EXTENSION, new BigDecimal("1.5"))).isEqualTo(new BigDecimal("1000.00"));
        assertThat(tariff.priceOf(AuditType.CLOUD_EXTENSION, new BigDecimal("0.5"))).isEqualTo(new BigDecimal("500.00"));
        // 2 days at 500, travel 80, the certificate 250; the annual fee stays with the surveillance
        assertThat(withTravel.priceOf(AuditType.CLOUD_EXTENSION, BigDecimal.TWO)).isEqualTo(new BigDecimal("1330.00"));
    }
}
