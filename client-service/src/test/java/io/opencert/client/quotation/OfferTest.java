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
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class OfferTest {
    private static final Set<Standard> SMS = Set.of(Standard.ISO_IEC_20000_1_2018);
    private static final Set<Standard> SMS_AND_CLOUD = Set.of(Standard.ISO_IEC_20000_1_2018,
            Standard.ISO_IEC_TR_20000_9_2015);

    /** 150 persons at a head office (central function) and a data centre, with the cloud extension. */
    private final Calculation cycle = new AuditTimeCalculator(AuditTimeTable.iafMd5()).calculate(new AuditTimeInput(
            List.of(new SiteInput("Head office", true, 100), new SiteInput("Data centre", false, 50)), List.of(),
            SMS_AND_CLOUD));

    @Test
    void anApplicantGetsTheWholeCycle() {
        Offer offer = Offer.of(SMS, false, null);

        assertThat(offer).isEqualTo(Offer.CYCLE);
        assertThat(offer.quote(cycle, null)).isSameAs(cycle);
    }

    @Test
    void aTransferContinuesTheTransferredCycleWithoutStage1AndStage2() {
        Offer offer = Offer.of(SMS_AND_CLOUD, true, null);

        Calculation quoted = offer.quote(cycle, null);

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

        Calculation quoted = offer.quote(cycle, choice);

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
        assertThat(quoted.visitedSites()).containsExactly("Head office");
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
}
