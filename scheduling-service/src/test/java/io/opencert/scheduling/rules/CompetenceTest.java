package io.opencert.scheduling.rules;

import io.opencert.scheduling.rules.Competence.Qualification;
import io.opencert.scheduling.rules.TeamRules.Assignment;
import io.opencert.scheduling.rules.TeamRules.Nomination;
import io.opencert.scheduling.rules.TeamRules.RegisteredAuditor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.Standard.ISO_IEC_TR_20000_9_2015;
import static io.opencert.events.model.TeamRole.AUDITOR;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.events.model.TeamRole.TECHNICAL_EXPERT;
import static io.opencert.scheduling.rules.Competence.QualifiedRole;
import static io.opencert.scheduling.rules.Competence.Standing;
import static io.opencert.scheduling.rules.ProgrammeRule.LEAD_QUALIFICATION_MISSING;
import static io.opencert.scheduling.rules.ProgrammeRule.TECHNICAL_AREAS_NOT_COVERED;
import static io.opencert.scheduling.rules.Qualified.FAR_AHEAD;
import static io.opencert.scheduling.rules.Qualified.LONG_AGO;
import static io.opencert.scheduling.rules.Qualified.qualification;
import static org.assertj.core.api.Assertions.assertThat;

class CompetenceTest {
    private static final LocalDate START = LocalDate.of(2027, 3, 2);
    private static final LocalDate END = LocalDate.of(2027, 3, 4);
    private static final List<String> SCOPE = List.of("IT-HOSTING", "IT-SERVICE-DESK");

    private static final Qualification LEADS_HOSTING = qualification(ISO_IEC_20000_1_2018, QualifiedRole.LEAD_AUDITOR,
            LONG_AGO, FAR_AHEAD, "IT-HOSTING");
    private static final Qualification AUDITS_SERVICE_DESK = qualification(ISO_IEC_20000_1_2018, QualifiedRole.AUDITOR,
            LONG_AGO, FAR_AHEAD, "IT-SERVICE-DESK");

    @Test
    void acceptsALeadQualifiedToLeadWhoseTeamCoversEveryArea() {
        assertThat(check(List.of(LEADS_HOSTING), List.of(AUDITS_SERVICE_DESK), SCOPE)).isEmpty();
    }

    @Test
    void refusesALeadWhoIsOnlyQualifiedAsAuditor() {
        Qualification auditsOnly = qualification(ISO_IEC_20000_1_2018, QualifiedRole.AUDITOR, LONG_AGO, FAR_AHEAD,
                "IT-HOSTING", "IT-SERVICE-DESK");

        assertThat(check(List.of(auditsOnly), List.of(), SCOPE)).get().satisfies(refusal -> {
            assertThat(refusal.rule()).isEqualTo(LEAD_QUALIFICATION_MISSING);
            assertThat(refusal.detail()).isEqualTo("The lead auditor holds no lead-auditor qualification for "
                    + "ISO/IEC 20000-1:2018 valid from 2027-03-02 to 2027-03-04.");
        });
    }

    @Test
    void countsAQualificationOnlyWhenItIsValidOnEveryDayOfTheAudit() {
        Qualification lapsesOnTheSecondDay = qualification(ISO_IEC_20000_1_2018, QualifiedRole.LEAD_AUDITOR,
                LONG_AGO, START.plusDays(1));
        Qualification grantedOnTheSecondDay = qualification(ISO_IEC_20000_1_2018, QualifiedRole.LEAD_AUDITOR,
                START.plusDays(1), FAR_AHEAD);
        Qualification validFromFirstToLastDay = qualification(ISO_IEC_20000_1_2018, QualifiedRole.LEAD_AUDITOR,
                START, END);

        assertThat(check(List.of(lapsesOnTheSecondDay), List.of(), List.of())).get()
                .extracting(Refusal::rule).isEqualTo(LEAD_QUALIFICATION_MISSING);
        assertThat(check(List.of(grantedOnTheSecondDay), List.of(), List.of())).get()
                .extracting(Refusal::rule).isEqualTo(LEAD_QUALIFICATION_MISSING);
        assertThat(check(List.of(validFromFirstToLastDay), List.of(), List.of())).isEmpty();
    }

    @Test
    void needsALeadQualificationForEveryStandardOfTheAudit() {
        List<Qualification> leadsOnlyTheBase = List.of(LEADS_HOSTING);

        assertThat(Competence.check(leadsOnlyTheBase, List.of(leadsOnlyTheBase),
                List.of(ISO_IEC_20000_1_2018, ISO_IEC_TR_20000_9_2015), List.of(), START, END))
                .get().extracting(Refusal::detail, org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("ISO/IEC TR 20000-9:2015");
    }

    @Test
    void namesEveryAreaNobodyOnTheTeamCovers() {
        assertThat(check(List.of(LEADS_HOSTING), List.of(), List.of("TELECOM", "IT-HOSTING", "IT-SERVICE-DESK")))
                .get().satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo(TECHNICAL_AREAS_NOT_COVERED);
                    assertThat(refusal.detail()).isEqualTo("Nobody on the team holds a qualification valid from "
                            + "2027-03-02 to 2027-03-04 for the technical area(s) IT-SERVICE-DESK, TELECOM of the "
                            + "client's scope.");
                });
    }

    @Test
    void coversNoAreaWithALapsedQualificationOrOneForAnotherStandard() {
        Qualification lapsed = qualification(ISO_IEC_20000_1_2018, QualifiedRole.AUDITOR, LONG_AGO,
                START.minusDays(1), "IT-SERVICE-DESK");
        Qualification cloudOnly = qualification(ISO_IEC_TR_20000_9_2015, QualifiedRole.AUDITOR, LONG_AGO,
                FAR_AHEAD, "IT-SERVICE-DESK");

        assertThat(Competence.uncovered(List.of(List.of(LEADS_HOSTING), List.of(lapsed, cloudOnly)),
                List.of(ISO_IEC_20000_1_2018), SCOPE, START, END)).containsExactly("IT-SERVICE-DESK");
    }

    @Test
    void aScopeWithoutTechnicalAreasOnlyNeedsTheLeadQualification() {
        Qualification leadsNoArea = qualification(ISO_IEC_20000_1_2018, QualifiedRole.LEAD_AUDITOR, LONG_AGO,
                FAR_AHEAD);

        assertThat(check(List.of(leadsNoArea), List.of(), List.of())).isEmpty();
    }

    @Test
    void theTeamRulesRefuseATeamThatLeavesAnAreaUncoveredAndCountTechnicalExperts() {
        List<RegisteredAuditor> register = List.of(
                new RegisteredAuditor("lena", Set.of(ISO_IEC_20000_1_2018), true, List.of(LEADS_HOSTING)),
                new RegisteredAuditor("arno", Set.of(ISO_IEC_20000_1_2018), false, List.of(AUDITS_SERVICE_DESK)),
                new RegisteredAuditor("tess", Set.of(), false, List.of(AUDITS_SERVICE_DESK)));
        Assignment audit = new Assignment(List.of(ISO_IEC_20000_1_2018), List.of(), START, END, null, List.of(),
                SCOPE);

        assertThat(TeamRules.check(List.of(new Nomination("lena", LEAD_AUDITOR)), audit, register, List.of(),
                List.of())).get().extracting(Refusal::rule).isEqualTo(TECHNICAL_AREAS_NOT_COVERED);
        assertThat(TeamRules.check(List.of(new Nomination("lena", LEAD_AUDITOR), new Nomination("arno", AUDITOR)),
                audit, register, List.of(), List.of())).isEmpty();
        assertThat(TeamRules.check(List.of(new Nomination("lena", LEAD_AUDITOR),
                new Nomination("tess", TECHNICAL_EXPERT)), audit, register, List.of(), List.of())).isEmpty();
    }

    @Test
    void aWithdrawnQualificationLapsesFromTheDayOfTheWithdrawalUnlessItExpiresEarlier() {
        Qualification withdrawn = LEADS_HOSTING.withdrawnFrom(END);

        assertThat(withdrawn.expiresOn()).isEqualTo(END.minusDays(1));
        assertThat(check(List.of(withdrawn), List.of(AUDITS_SERVICE_DESK), SCOPE)).get()
                .extracting(Refusal::rule).isEqualTo(LEAD_QUALIFICATION_MISSING);
        assertThat(withdrawn.withdrawnFrom(FAR_AHEAD)).isEqualTo(withdrawn);
    }

    @Test
    void flagsAQualificationExpiringWithin90DaysAndOneThatHasLapsed() {
        Qualification expiring = qualification(ISO_IEC_20000_1_2018, QualifiedRole.AUDITOR, LONG_AGO, START);

        assertThat(Competence.standing(expiring, START.minusDays(90))).isEqualTo(Standing.VALID);
        assertThat(Competence.standing(expiring, START.minusDays(89))).isEqualTo(Standing.EXPIRING_SOON);
        assertThat(Competence.standing(expiring, START)).isEqualTo(Standing.EXPIRING_SOON);
        assertThat(Competence.standing(expiring, START.plusDays(1))).isEqualTo(Standing.LAPSED);
        assertThat(Competence.standing(qualification(ISO_IEC_20000_1_2018, QualifiedRole.AUDITOR, END, FAR_AHEAD),
                START)).isEqualTo(Standing.NOT_YET_VALID);
    }

    private static Optional<Refusal> check(List<Qualification> lead, List<Qualification> other,
                                           Collection<String> areas) {
        return Competence.check(lead, List.of(lead, other), List.of(ISO_IEC_20000_1_2018), areas, START, END);
    }
}
