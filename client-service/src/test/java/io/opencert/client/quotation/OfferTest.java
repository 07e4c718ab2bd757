package io.opencert.client.quotation;

import io.opencert.client.audittime.AuditTimeCalculator;
import io.opencert.client.audittime.AuditTimeInput;
import io.opencert.client.audittime.AuditTimeInput.SiteInput;
import io.opencert.client.audittime.AuditTimeTable;
import io.opencert.client.audittime.Calculation;
import io.opencert.client.audittime.Calculation.PlannedAudit;
import io.opencert.commons.problem.ProblemException;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.CloudExtension;
import io.opencert.events.model.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class OfferTest {
    private static final Set<Standard> SMS = Set.of(Standard.ISO_IEC_20000_1_2018);
    private static final Set<Standard> SMS_AND_CLOUD = Set.of(Standard.ISO_IEC_20000_1_2018,
            Standard.ISO_IEC_TR_20000_9_2015);

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    /** A transferred certificate decided on 2025-06-01: surveillance 1 due by 2026-06-01, surveillance 2 by 2027-06-01. */
    private static final LocalDate EXPIRY = LocalDate.of(2028, 5, 31);

    /** 150 persons at a head office (central function) and a data centre, with the cloud extension. */
    private final Calculation cycle = new AuditTimeCalculator(AuditTimeTable.iafMd5()).calculate(new AuditTimeInput(
            List.of(new SiteInput("Head office", true, 100), new SiteInput("Data centre", false, 50)), List.of(),
            SMS_AND_CLOUD));

    @Test
    void anApplicantGetsTheWholeCycle() {
        Offer offer = Offer.of(SMS, false, null);

        assertThat(offer).isEqualTo(Offer.CYCLE);
        assertThat(offer.quote(cycle, null, null, TODAY)).isSameAs(cycle);
    }

    @Test
    void aTransferContinuesTheTransferredCycleWithoutStage1AndStage2() {
        Offer offer = Offer.of(SMS_AND_CLOUD, true, null);

        Calculation quoted = offer.quote(cycle, null, LocalDate.of(2099, 12, 31), TODAY);

        assertThat(offer).isEqualTo(Offer.TRANSFER);
        assertThat(quoted.audits()).extracting(PlannedAudit::type, PlannedAudit::number).containsExactly(
                tuple(AuditType.SURVEILLANCE, 1), tuple(AuditType.SURVEILLANCE, 2),
                tuple(AuditType.RECERTIFICATION, 1));
        assertThat(quoted.audits()).containsExactlyElementsOf(cycle.audits().subList(2, 5));
        assertThat(quoted.reasons()).startsWith(cycle.reasons().toArray(Calculation.Reason[]::new));
        assertThat(quoted.reasons().getLast().item()).isEqualTo("transfer");
        assertThat(quoted.reasons().getLast().reason()).contains("pre-transfer review");
        assertThat(quoted.time()).isEqualTo(cycle.time());
    }

    @ParameterizedTest
    @EnumSource(CloudExtension.class)
    void aCloudExtensionIsOneAuditOfTheCloudDaysAtTheCentralFunction(CloudExtension choice) {
        Offer offer = Offer.of(SMS_AND_CLOUD, false, choice);

        Calculation quoted = offer.quote(cycle, choice, null, TODAY);

        assertThat(offer).isEqualTo(Offer.CLOUD_EXTENSION);
        // 8 days for 150 persons, 20% = 1.6 -> 1.5
        assertThat(cycle.cloudExtensionDays()).isEqualByComparingTo("1.5");
        assertThat(quoted.audits()).singleElement().satisfies(audit -> {
            assertThat(audit.type()).isEqualTo(AuditType.CLOUD_EXTENSION);
            assertThat(audit.number()).isEqualTo(1);
            assertThat(audit.days()).isEqualTo(new BigDecimal("1.5"));
            assertThat(audit.sites()).containsExactly(new Calculation.SiteDays("Head office", true,
                    new BigDecimal("1.5")));
        });
        assertThat(quoted.reasons().getLast().item()).isEqualTo("cloud extension audit");
        assertThat(quoted.reasons().getLast().reason()).contains(Offer.inWords(choice));
    }

    @Test
    void namesTheCloudChoiceInWords() {
        assertThat(Offer.inWords(CloudExtension.WITH_SURVEILLANCE)).isEqualTo("with the next surveillance audit");
        assertThat(Offer.inWords(CloudExtension.OWN_AUDIT)).isEqualTo("in an audit of its own");
    }

    @Test
    void refusesACloudExtensionWithoutTr20000_9() {
        assertThatThrownBy(() -> Offer.of(SMS, false, CloudExtension.OWN_AUDIT))
                .isInstanceOfSatisfying(ProblemException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(409);
                    assertThat(refused.toProblem(null).type().toString()).endsWith("/cloud-extension-needs-tr-20000-9");
                    assertThat(refused.toProblem(null).violations()).singleElement()
                            .satisfies(violation -> assertThat(violation.field()).isEqualTo("cloudExtension"));
                });
    }

    @Test
    void refusesACloudExtensionTogetherWithATransfer() {
        assertThatThrownBy(() -> Offer.of(SMS_AND_CLOUD, true, CloudExtension.WITH_SURVEILLANCE))
                .isInstanceOfSatisfying(ProblemException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(409);
                    assertThat(refused.toProblem(null).type().toString()).endsWith("/cloud-extension-with-transfer");
                });
    }

    @ParameterizedTest(name = "transferred on {0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "2025-09-01; SURVEILLANCE 1, SURVEILLANCE 2, RECERTIFICATION 1",
            "2026-06-01; SURVEILLANCE 1, SURVEILLANCE 2, RECERTIFICATION 1",
            "2026-06-02; SURVEILLANCE 2, RECERTIFICATION 1",
            "2027-06-01; SURVEILLANCE 2, RECERTIFICATION 1",
            "2027-06-02; RECERTIFICATION 1",
            "2028-05-30; RECERTIFICATION 1"})
    void aTransferQuotesOnlyTheSurveillancesWhoseWindowsAreStillOpen(LocalDate transferDate, String expected) {
        Calculation quoted = Offer.TRANSFER.quote(cycle, null, EXPIRY, transferDate);

        assertThat(quoted.audits()).extracting(audit -> audit.type() + " " + audit.number())
                .containsExactly(expected.split(", "));
        assertThat(quoted.audits()).allSatisfy(audit -> assertThat(cycle.audits()).contains(audit));
        Calculation.Reason transfer = quoted.reasons().getLast();
        assertThat(transfer.item()).isEqualTo("transfer");
        assertThat(transfer.reason()).contains("from the expiry 2028-05-31: original decision 2025-06-01, "
                + "surveillance 1 due by 2026-06-01, surveillance 2 by 2027-06-01");
    }

    @Test
    void theTransferReasonNamesTheSurveillanceThatWasThePreviousBodys() {
        Calculation.Reason transfer = Offer.TRANSFER.quote(cycle, null, EXPIRY, LocalDate.of(2026, 9, 15))
                .reasons().getLast();

        assertThat(transfer.value()).isEqualTo("no stage 1, no stage 2, no surveillance 1");
        assertThat(transfer.reason()).endsWith("; surveillance 1 was due by 2026-06-01, before the transfer on "
                + "2026-09-15: the previous body's");
    }

    @Test
    void aCertificateIsNotTransferredOnOrAfterItsExpiry() {
        assertThatThrownBy(() -> Offer.TRANSFER.quote(cycle, null, EXPIRY, EXPIRY))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("the transferred certificate expires on 2028-05-31; only a valid certificate "
                        + "is transferred");
    }
}
