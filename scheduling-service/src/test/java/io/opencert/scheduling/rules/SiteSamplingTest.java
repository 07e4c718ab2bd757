package io.opencert.scheduling.rules;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.Site;
import io.opencert.scheduling.rules.SiteSampling.SampledSite;
import io.opencert.scheduling.rules.SiteSampling.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SiteSamplingTest {
    /** The central function and 5 other sites: stage 2 visits ⌈√5⌉ = 3 of them, the others ⌈0.6·√5⌉ = ⌈0.8·√5⌉ = 2. */
    private static final List<Site> SITES = List.of(
            site("HQ", true, 50), site("A", false, 30), site("B", false, 20), site("C", false, 20),
            site("D", false, 10), site("E", false, 5));
    private static final Map<String, Site> BY_NAME = SITES.stream()
            .collect(Collectors.toMap(Site::name, Function.identity()));

    @ParameterizedTest(name = "{0} after visits [{1}]: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            STAGE_1          |                                                    | HQ
            STAGE_2          |                                                    | HQ A B C
            SURVEILLANCE     | A 2027-03-01, B 2027-03-01, C 2027-03-01           | HQ D E
            SURVEILLANCE     | A 2027-03-01, B 2027-03-01, C 2027-03-01, D 2028-02-01, E 2028-02-01 | HQ A B
            RECERTIFICATION  | A 2027-03-01, B 2028-02-01, C 2027-03-01, D 2029-01-10 | HQ E A
            SURVEILLANCE     | A 2027-03-01, A 2029-01-01, B 2028-02-01, C 2028-02-01, D 2028-02-01, E 2028-02-01 | HQ B C
            RECERTIFICATION  | HQ 2029-01-01, A 2027-03-01, B 2027-03-01, C 2027-03-01, D 2027-03-01, E 2027-03-01 | HQ A B
            SURVEILLANCE     | A 2027-03-01, B 2027-03-01, C 2027-03-01, D 2028-02-01 1, E 2028-02-01 | HQ D A
            SURVEILLANCE     | A 2027-03-01, B 2027-03-01, C 2027-03-01 1, C 2028-02-01 1, D 2028-02-01, E 2028-02-01 2 | HQ C E
            RECERTIFICATION  | A 2027-03-01, B 2027-03-01, C 2027-03-01, D 2028-02-01 1 | HQ E D
            SCOPE_EXTENSION  | A 2027-03-01                                       | HQ A B C D E
            SPECIAL          |                                                    | HQ A B C D E
            """)
    void visitsTheCentralFunctionThenTheSitesNotYetVisitedThenTheLongestSinceTheirLastVisit(
            AuditType type, String visits, String sample) {
        assertThat(SiteSampling.choose(type, SITES, visits(visits)).sites())
                .extracting(sampled -> sampled.site().name())
                .containsExactly(sample.split(" "));
    }

    @Test
    void aSiteWhereNonconformitiesWereFoundIsVisitedAgainFirstAndSaysWhy() {
        List<SampledSite> sample = SiteSampling.choose(AuditType.SURVEILLANCE, SITES,
                visits("A 2027-03-01, B 2027-03-01, C 2027-03-01, D 2028-02-01 3, E 2028-02-01")).sites();

        assertThat(sample.get(1).site().name()).isEqualTo("D");
        assertThat(sample.get(1).reason()).isEqualTo("highest risk: 3 nonconformity(ies) found in this cycle, last "
                + "visited 2028-02-01, 10 persons; 0.6·√5 rounded up = 2 of 5 other sites");
    }

    @Test
    void aCompletedSampleTellsItsVisitsWithTheNonconformitiesFound() {
        SiteSampling.Sample sample = SiteSampling.choose(AuditType.STAGE_2, SITES, List.of())
                .found(Map.of(BY_NAME.get("B").siteId(), 2));

        assertThat(sample.visitsOn(LocalDate.of(2027, 5, 11))).extracting(Visit::nonconformities)
                .containsExactly(0, 0, 2, 0);
    }

    @Test
    void aSingleSiteIsVisitedByEveryAudit() {
        List<Site> one = List.of(site("HQ", true, 40));
        for (AuditType type : List.of(AuditType.STAGE_1, AuditType.STAGE_2, AuditType.SURVEILLANCE,
                AuditType.RECERTIFICATION)) {
            assertThat(SiteSampling.choose(type, one, List.of()).visited()).containsExactlyElementsOf(one);
        }
    }

    @Test
    void eachSiteChosenSaysWhy() {
        List<SampledSite> sample = SiteSampling.choose(AuditType.SURVEILLANCE, SITES,
                visits("A 2027-03-01, B 2027-03-01, C 2027-03-01, D 2028-02-01")).sites();

        assertThat(sample).extracting(SampledSite::reason).containsExactly(
                "central function, visited at every audit",
                "not yet visited in this cycle, 5 persons; 0.6·√5 rounded up = 2 of 5 other sites",
                "highest risk: last visited 2027-03-01, 30 persons; 0.6·√5 rounded up = 2 of 5 other sites");
        assertThat(SiteSampling.choose(AuditType.STAGE_1, SITES, List.of()).sites())
                .extracting(SampledSite::reason).containsExactly("central function, where stage 1 is held");
        assertThat(SiteSampling.choose(AuditType.SCOPE_EXTENSION, SITES, List.of()).sites())
                .extracting(SampledSite::reason).containsOnly("every site: a SCOPE_EXTENSION audit is not sampled");
    }

    @Test
    void theSameProgrammeAlwaysGetsTheSameSample() {
        List<Site> shuffled = List.of(SITES.get(3), SITES.get(5), SITES.get(0), SITES.get(2), SITES.get(4),
                SITES.get(1));

        assertThat(SiteSampling.choose(AuditType.STAGE_2, shuffled, List.of()))
                .isEqualTo(SiteSampling.choose(AuditType.STAGE_2, SITES, List.of()));
    }

    @Test
    void sixteenSitesAndTheCentralFunctionGiveStage2FiveVisits() {
        List<Site> seventeen = new ArrayList<>(List.of(site("Head office", true, 100)));
        for (int i = 1; i <= 16; i++) {
            seventeen.add(site("Branch " + i, false, 15));
        }

        assertThat(SiteSampling.choose(AuditType.STAGE_2, seventeen, List.of()).sites()).hasSize(5);
        assertThat(SiteSampling.choose(AuditType.SURVEILLANCE, seventeen, List.of()).sites()).hasSize(4);
        assertThat(SiteSampling.choose(AuditType.RECERTIFICATION, seventeen, List.of()).sites()).hasSize(5);
    }

    @Test
    void needsExactlyOneCentralFunction() {
        assertThatThrownBy(() -> SiteSampling.choose(AuditType.STAGE_2, SITES.subList(1, 6), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one central function");
    }

    @ParameterizedTest(name = "{0} visiting [{1}]: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            STAGE_2          | E D A   | allowed
            STAGE_2          | E D A B | allowed
            STAGE_2          | E D E   | sample-too-small
            SURVEILLANCE     | E D     | allowed
            SURVEILLANCE     | E       | sample-too-small
            RECERTIFICATION  | E HQ    | site-not-covered
            RECERTIFICATION  | E X     | site-not-covered
            STAGE_1          | A       | audit-not-sampled
            SCOPE_EXTENSION  | A B     | audit-not-sampled
            """)
    void staffChooseNoFewerSitesThanTheRuleAndOnlyCoveredOnes(AuditType type, String chosen, String outcome) {
        List<UUID> ids = Arrays.stream(chosen.split(" "))
                .map(name -> BY_NAME.containsKey(name) ? BY_NAME.get(name).siteId() : UUID.randomUUID()).toList();

        assertThat(SiteSampling.checkChosen(type, SITES, ids).map(refusal -> refusal.rule().slug()).orElse("allowed"))
                .isEqualTo(outcome);
    }

    @Test
    void theSitesStaffChoseCarryTheirJustificationAndTheCentralFunctionIsVisitedAllTheSame() {
        SiteSampling.Sample sample = SiteSampling.chosen(SITES, List.of(BY_NAME.get("E").siteId(),
                BY_NAME.get("C").siteId()), "complaints about the store's service desk", "planner");

        assertThat(sample.sites()).extracting(sampled -> sampled.site().name(), SampledSite::reason).containsExactly(
                tuple("HQ", "central function, visited at every audit"),
                tuple("C", "chosen by planner: complaints about the store's service desk"),
                tuple("E", "chosen by planner: complaints about the store's service desk"));
    }

    private static List<Visit> visits(String visits) {
        if (visits == null) {
            return List.of();
        }
        return Arrays.stream(visits.split(",")).map(String::strip).map(visit -> visit.split(" "))
                .map(parts -> new Visit(BY_NAME.get(parts[0]).siteId(), LocalDate.parse(parts[1]),
                        parts.length > 2 ? Integer.parseInt(parts[2]) : 0)).toList();
    }

    private static Site site(String name, boolean centralFunction, int persons) {
        return new Site(UUID.nameUUIDFromBytes(name.getBytes()), name, "Leeds", "GB", centralFunction, persons);
    }
}
