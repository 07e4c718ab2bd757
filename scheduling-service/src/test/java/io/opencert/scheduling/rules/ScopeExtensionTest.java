package io.opencert.scheduling.rules;

import io.opencert.events.model.Site;
import io.opencert.scheduling.rules.ScopeExtension.Cycle;
import io.opencert.scheduling.rules.ScopeExtension.Extension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static io.opencert.scheduling.rules.ProgrammeRule.CERTIFICATE_SUSPENDED;
import static io.opencert.scheduling.rules.ProgrammeRule.EXTENSION_DROPS_SITE;
import static io.opencert.scheduling.rules.ProgrammeRule.EXTENSION_DUE_AFTER_RECERTIFICATION;
import static io.opencert.scheduling.rules.ProgrammeRule.NOTHING_TO_EXTEND;
import static io.opencert.scheduling.rules.ProgrammeRule.PROGRAMME_ENDED;
import static io.opencert.scheduling.rules.ProgrammeRule.PROGRAMME_NOT_CERTIFIED;
import static io.opencert.scheduling.rules.ProgrammeRule.SCOPE_EXTENSION_PENDING;
import static org.assertj.core.api.Assertions.assertThat;

class ScopeExtensionTest {
    private static final String SCOPE = "Operation of IT services for the group's retail stores";
    private static final String EXTENDED = SCOPE + " and its online shop";
    private static final Site HEAD_OFFICE = new Site(UUID.randomUUID(), "Head office", "Ghent", "BE", true, 14);
    private static final Site DATA_CENTRE = new Site(UUID.randomUUID(), "Data centre", "Lille", "FR", false, 6);
    private static final LocalDate RECERTIFICATION_DUE_BY = LocalDate.of(2030, 11, 28);
    private static final DueWindow WINDOW = new DueWindow(LocalDate.of(2029, 5, 1), LocalDate.of(2029, 8, 1));

    @Test
    void aCertifiedCycleMayExtendItsScopeOrAddSites() {
        assertThat(check(certified(), new Extension(EXTENDED, List.of(HEAD_OFFICE), WINDOW))).isEmpty();
        assertThat(check(certified(), new Extension(SCOPE, List.of(HEAD_OFFICE, DATA_CENTRE), WINDOW))).isEmpty();
        assertThat(check(certified(), new Extension(EXTENDED, List.of(HEAD_OFFICE, DATA_CENTRE),
                new DueWindow(WINDOW.from(), RECERTIFICATION_DUE_BY)))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "AWAITING_CERTIFICATE, PROGRAMME_NOT_CERTIFIED",
            "SUSPENDED, CERTIFICATE_SUSPENDED",
            "RENEWED, PROGRAMME_ENDED",
            "WITHDRAWN, PROGRAMME_ENDED",
            "EXPIRED, PROGRAMME_ENDED"})
    void onlyTheCycleOfAnActiveCertificateIsExtended(CycleStatus status, ProgrammeRule refused) {
        Cycle cycle = new Cycle(status, SCOPE, List.of(HEAD_OFFICE), false, RECERTIFICATION_DUE_BY);

        assertThat(check(cycle, new Extension(EXTENDED, List.of(HEAD_OFFICE, DATA_CENTRE), WINDOW)))
                .map(Refusal::rule).contains(refused);
    }

    @Test
    void oneExtensionAtATime() {
        Cycle pending = new Cycle(CycleStatus.CERTIFIED, SCOPE, List.of(HEAD_OFFICE), true, RECERTIFICATION_DUE_BY);

        assertThat(rule(pending, new Extension(EXTENDED, List.of(HEAD_OFFICE), WINDOW)))
                .contains(SCOPE_EXTENSION_PENDING);
    }

    @Test
    void theCertifiedScopeWithNoSiteAddedIsNothingToExtendWhateverItsSpacingOrCase() {
        String sameWords = "  operation of IT services\nfor the group's   RETAIL stores ";

        assertThat(rule(certified(), new Extension(SCOPE, List.of(HEAD_OFFICE), WINDOW)))
                .contains(NOTHING_TO_EXTEND);
        assertThat(rule(certified(), new Extension(sameWords, List.of(HEAD_OFFICE), WINDOW)))
                .contains(NOTHING_TO_EXTEND);
    }

    @Test
    void everyCertifiedSiteStaysAnExtensionThatLeavesOneOutIsRefusedWithItsName() {
        Cycle twoSites = new Cycle(CycleStatus.CERTIFIED, SCOPE, List.of(HEAD_OFFICE, DATA_CENTRE), false,
                RECERTIFICATION_DUE_BY);

        Optional<Refusal> refusal = check(twoSites, new Extension(EXTENDED, List.of(HEAD_OFFICE),
                WINDOW));

        assertThat(refusal).map(Refusal::rule).contains(EXTENSION_DROPS_SITE);
        assertThat(refusal.orElseThrow().detail()).contains("[Data centre]");
    }

    @Test
    void theExtensionIsDueByTheEndOfTheRecertificationWindowAtTheLatest() {
        Extension late = new Extension(EXTENDED, List.of(HEAD_OFFICE),
                new DueWindow(WINDOW.from(), RECERTIFICATION_DUE_BY.plusDays(1)));

        assertThat(rule(certified(), late)).contains(EXTENSION_DUE_AFTER_RECERTIFICATION);
        assertThat(check(new Cycle(CycleStatus.CERTIFIED, SCOPE, List.of(HEAD_OFFICE), false, null), late))
                .isEmpty();
    }

    @Test
    void theAddedSitesAreThoseTheCycleDoesNotHave() {
        assertThat(ScopeExtension.addedSites(certified(),
                new Extension(SCOPE, List.of(DATA_CENTRE, HEAD_OFFICE), WINDOW))).containsExactly(DATA_CENTRE);
    }

    @Test
    void eachRuleIsNamedAsItsProblemType() {
        assertThat(Stream.of(PROGRAMME_NOT_CERTIFIED, PROGRAMME_ENDED, CERTIFICATE_SUSPENDED, SCOPE_EXTENSION_PENDING,
                EXTENSION_DROPS_SITE, NOTHING_TO_EXTEND, EXTENSION_DUE_AFTER_RECERTIFICATION).map(ProgrammeRule::slug))
                .containsExactly("programme-not-certified", "programme-ended", "certificate-suspended",
                        "scope-extension-pending", "extension-drops-site", "nothing-to-extend",
                        "extension-due-after-recertification");
    }

    private static Cycle certified() {
        return new Cycle(CycleStatus.CERTIFIED, SCOPE, List.of(HEAD_OFFICE), false, RECERTIFICATION_DUE_BY);
    }

    private static Optional<Refusal> check(Cycle cycle, Extension extension) {
        return ScopeExtension.check(cycle, extension);
    }

    private static Optional<ProgrammeRule> rule(Cycle cycle, Extension extension) {
        return check(cycle, extension).map(Refusal::rule);
    }
}
