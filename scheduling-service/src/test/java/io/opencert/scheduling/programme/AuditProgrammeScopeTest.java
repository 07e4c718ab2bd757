package io.opencert.scheduling.programme;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.Site;
import io.opencert.scheduling.rules.CycleStatus;
import io.opencert.scheduling.rules.DueWindow;
import io.opencert.scheduling.rules.ScopeExtension;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditProgrammeScopeTest {
    private static final String SCOPE = "Operation of IT services for the group's retail stores";
    private static final String EXTENDED = SCOPE + " and its online shop";
    private static final Site HEAD_OFFICE = new Site(UUID.randomUUID(), "Head office", "Ghent", "BE", true, 14);
    private static final Site DATA_CENTRE = new Site(UUID.randomUUID(), "Data centre", "Lille", "FR", false, 6);
    private static final DueWindow WINDOW = new DueWindow(LocalDate.of(2028, 6, 1), LocalDate.of(2028, 9, 1));

    @Test
    void aScopeExtensionAuditsItsOwnScopeAndSitesAndTheOtherAuditsTheProgrammes() {
        AuditProgramme programme = certified();
        PlannedAudit surveillance = programme.plan(AuditType.SURVEILLANCE, WINDOW, BigDecimal.ONE);

        PlannedAudit extension = programme.planScopeExtension(
                new ScopeExtension.Extension(EXTENDED, List.of(HEAD_OFFICE, DATA_CENTRE), WINDOW), BigDecimal.ONE);

        assertThat(extension.type).isEqualTo(AuditType.SCOPE_EXTENSION);
        assertThat(extension.auditedScope()).isEqualTo(EXTENDED).isEqualTo(extension.extendedScope());
        assertThat(extension.auditedSites()).containsExactly(HEAD_OFFICE, DATA_CENTRE);
        assertThat(surveillance.auditedScope()).isEqualTo(SCOPE);
        assertThat(surveillance.auditedSites()).containsExactly(HEAD_OFFICE);
        assertThat(surveillance.extendedScope()).isNull();
        assertThat(surveillance.extendedSites()).isNull();
        assertThat(programme.toExtend().extensionStillDue()).isTrue();
        extension.complete();
        assertThat(programme.toExtend().extensionStillDue()).isFalse();
    }

    @Test
    void onlyALiveCycleTakesTheRevisedScopeAndSites() {
        AuditProgramme live = certified();
        AuditProgramme renewed = certified();
        renewed.endByRenewal();

        assertThat(live.reviseScope(EXTENDED, List.of(HEAD_OFFICE, DATA_CENTRE))).isTrue();
        assertThat(live.reviseScope(EXTENDED, List.of(HEAD_OFFICE, DATA_CENTRE))).isFalse();
        assertThat(renewed.reviseScope(EXTENDED, List.of(HEAD_OFFICE, DATA_CENTRE))).isFalse();

        assertThat(live.toExtend()).extracting(ScopeExtension.Cycle::scope, ScopeExtension.Cycle::sites)
                .containsExactly(EXTENDED, List.of(HEAD_OFFICE, DATA_CENTRE));
        assertThat(renewed.toExtend()).extracting(ScopeExtension.Cycle::status, ScopeExtension.Cycle::scope)
                .containsExactly(CycleStatus.RENEWED, SCOPE);
    }

    private static AuditProgramme certified() {
        AuditProgramme programme = new AuditProgramme();
        programme.scope = SCOPE;
        programme.sites = List.of(HEAD_OFFICE);
        programme.certify(UUID.randomUUID());
        return programme;
    }
}
