package io.opencert.client.audittime;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SamplingAndAdjustmentTest {
    private static final Set<Standard> SMS = Set.of(Standard.ISO_IEC_20000_1_2018);
    private final AuditTimeCalculator calculator = new AuditTimeCalculator(AuditTimeTable.iafMd5());

    @Test
    void spendsStageOneAtTheCentralFunctionAndVisitsTheSampleWithAtLeastHalfADayEach() {
        List<AuditTimeInput.SiteInput> sites = new ArrayList<>(List.of(
                new AuditTimeInput.SiteInput("Headquarters", true, 60)));
        for (int i = 1; i <= 4; i++) {
            sites.add(new AuditTimeInput.SiteInput("Branch " + i, false, 10 * i));
        }

        Calculation calculation = calculator.calculate(new AuditTimeInput(sites, List.of(), SMS));

        // 160 persons: 8 days; stage 1 2.5 at the central function, stage 2 5.5 over it and √4 = 2 branches
        assertThat(calculation.tableDays()).isEqualByComparingTo("8");
        Calculation.PlannedAudit stage1 = calculation.audits().get(0);
        assertThat(stage1.sites()).extracting(Calculation.SiteDays::site).containsExactly("Headquarters");
        assertThat(stage1.days()).isEqualByComparingTo("2.5");
        Calculation.PlannedAudit stage2 = calculation.audits().get(1);
        assertThat(stage2.sites()).extracting(Calculation.SiteDays::site)
                .containsExactly("Headquarters", "Branch 4", "Branch 3");
        assertThat(stage2.sites()).extracting(Calculation.SiteDays::days)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2.5"), new BigDecimal("1.5"), new BigDecimal("1.5"));
        // 0.6·√4 = 1.2 -> 2 branches each surveillance; the second continues the rotation
        assertThat(calculation.audits().get(2).sites()).extracting(Calculation.SiteDays::site)
                .containsExactly("Headquarters", "Branch 4", "Branch 3");
        assertThat(calculation.audits().get(3).sites()).extracting(Calculation.SiteDays::site)
                .containsExactly("Headquarters", "Branch 2", "Branch 1");
        assertThat(calculation.reasons()).extracting(Calculation.Reason::item).contains("stage 2 sites");
    }

    @Test
    void raisesAnAuditSoThatEveryVisitedSiteGetsHalfADay() {
        List<AuditTimeInput.SiteInput> sites = new ArrayList<>(List.of(
                new AuditTimeInput.SiteInput("Headquarters", true, 3)));
        for (int i = 1; i <= 9; i++) {
            sites.add(new AuditTimeInput.SiteInput("Shop " + i, false, 1));
        }

        Calculation calculation = calculator.calculate(new AuditTimeInput(sites, List.of(), SMS));

        // 12 persons: 2.5 days; stage 2 has 1.5 days but visits the central function and 3 shops
        Calculation.PlannedAudit stage2 = calculation.audits().get(1);
        assertThat(stage2.sites()).hasSize(4);
        assertThat(stage2.days()).isEqualByComparingTo("2.0");
        assertThat(calculation.reasons()).anySatisfy(reason ->
                assertThat(reason.reason()).contains("at least half a day"));
    }

    @Test
    void appliesJustifiedAdjustmentsAndGivesTheReasonForEach() {
        Calculation calculation = calculator.calculate(new AuditTimeInput(
                List.of(new AuditTimeInput.SiteInput("Head office", true, 100)),
                List.of(new Adjustment(Adjustment.Factor.INTEGRATED_MANAGEMENT_SYSTEM, new BigDecimal("-20"),
                                "ISO/IEC 27001 certified, one integrated management review"),
                        new Adjustment(Adjustment.Factor.SERVICE_COMPLEXITY, new BigDecimal("-10"),
                                "one standard hosting service"),
                        new Adjustment(Adjustment.Factor.OUTSOURCED_PROCESSES, new BigDecimal("5"),
                                "service desk outsourced to a supplier")),
                SMS));

        // 7 days -25% = 5.25 -> 5.5
        assertThat(calculation.time().initialDays()).isEqualByComparingTo("5.5");
        assertThat(calculation.reasons()).extracting(Calculation.Reason::item, Calculation.Reason::value)
                .contains(Tuple.tuple("adjusted days", "5.5"),
                        Tuple.tuple("adjustment INTEGRATED_MANAGEMENT_SYSTEM", "-20%"));
        assertThat(calculation.reasons()).anySatisfy(reason ->
                assertThat(reason.reason()).contains("one standard hosting service"));
    }

    @Test
    void refusesReductionsBeyondThirtyPercentRatherThanCuttingThem() {
        AuditTimeInput input = new AuditTimeInput(List.of(new AuditTimeInput.SiteInput("Head office", true, 100)),
                List.of(new Adjustment(Adjustment.Factor.INTEGRATED_MANAGEMENT_SYSTEM, new BigDecimal("-20"), "27001"),
                        new Adjustment(Adjustment.Factor.SERVICE_COMPLEXITY, new BigDecimal("-10.5"), "simple")),
                SMS);

        assertThatThrownBy(() -> calculator.calculate(input)).isInstanceOf(AuditTimeRule.class)
                .hasMessageContaining("30.5%")
                .extracting(refused -> ((AuditTimeRule) refused).rule().slug()).isEqualTo("audit-time-reduction-cap");
    }

    @Test
    void refusesAnIntegrationReductionBeyondTwentyPercent() {
        AuditTimeInput input = new AuditTimeInput(List.of(new AuditTimeInput.SiteInput("Head office", true, 100)),
                List.of(new Adjustment(Adjustment.Factor.INTEGRATED_MANAGEMENT_SYSTEM, new BigDecimal("-21"), "9001")),
                SMS);

        assertThatThrownBy(() -> calculator.calculate(input))
                .extracting(refused -> ((AuditTimeRule) refused).rule().slug()).isEqualTo("integrated-system-reduction-cap");
    }

    @Test
    void everyAdjustmentNeedsAJustification() {
        assertThatThrownBy(() -> new Adjustment(Adjustment.Factor.REMOTE_LOCATIONS, BigDecimal.TEN, " "))
                .extracting(refused -> ((AuditTimeRule) refused).rule().slug())
                .isEqualTo("adjustment-justification-required");
    }

    @Test
    void theCloudExtensionAddsItsOwnTimeOnlyOnTopOfIsoIec20000Part1() {
        Calculation cloud = calculator.calculate(AuditTimeInput.singleSite(100,
                Set.of(Standard.ISO_IEC_20000_1_2018, Standard.ISO_IEC_TR_20000_9_2015)));

        // 7 days + 20% = 1.4 -> 1.5
        assertThat(cloud.cloudExtensionDays()).isEqualByComparingTo("1.5");
        assertThat(cloud.time().initialDays()).isEqualByComparingTo("8.5");
        assertThatThrownBy(() -> calculator.calculate(AuditTimeInput.singleSite(100,
                Set.of(Standard.ISO_IEC_TR_20000_9_2015))))
                .extracting(refused -> ((AuditTimeRule) refused).rule().slug()).isEqualTo("cloud-extension-needs-20000-1");
    }

    @Test
    void storesTheVersionOfTheTableWithTheCalculation() {
        AuditTimeTable replaced = new AuditTimeTable(7, List.of(new AuditTimeTable.Band(100, new BigDecimal("3"))),
                1000);

        Calculation calculation = new AuditTimeCalculator(replaced).calculate(AuditTimeInput.singleSite(50, SMS));

        assertThat(calculation.tableVersion()).isEqualTo(7);
        assertThat(calculation.tableDays()).isEqualByComparingTo("3");
        assertThat(calculation.reasons().get(1).reason()).isEqualTo("audit time table version 7: 1-100 persons: 3 days");
    }

    @ParameterizedTest(name = "{0} persons: initial {1}, total of the cycle {2} days")
    @CsvSource({"5, 1.5, 3.5", "6, 2.0, 4.5", "15, 2.5, 6.0", "16, 3.0, 7.0", "10700, 22.0, 51.5", "10701, 23.0, 53.5"})
    void theTableBoundariesCarryThroughTheCycle(int persons, BigDecimal initial, BigDecimal total) {
        Calculation calculation = calculator.calculate(AuditTimeInput.singleSite(persons, SMS));

        assertThat(calculation.time().initialDays()).isEqualByComparingTo(initial);
        assertThat(calculation.totalDays()).isEqualByComparingTo(total);
    }
}
