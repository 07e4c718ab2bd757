package io.opencert.scheduling.rules;

import io.opencert.events.model.TeamRole;
import io.opencert.scheduling.rules.TeamRules.Assignment;
import io.opencert.scheduling.rules.TeamRules.Booking;
import io.opencert.scheduling.rules.TeamRules.Nomination;
import io.opencert.scheduling.rules.TeamRules.RegisteredAuditor;
import io.opencert.scheduling.rules.TeamRules.Unavailable;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.opencert.scheduling.rules.ProgrammeRule.AUDITOR_ALREADY_BOOKED;
import static io.opencert.scheduling.rules.ProgrammeRule.AUDITOR_EXCLUDED;
import static io.opencert.scheduling.rules.ProgrammeRule.AUDITOR_HAS_LEFT;
import static io.opencert.scheduling.rules.ProgrammeRule.AUDITOR_NOT_QUALIFIED;
import static io.opencert.scheduling.rules.ProgrammeRule.AUDITOR_NOT_REGISTERED;
import static io.opencert.scheduling.rules.ProgrammeRule.AUDITOR_UNAVAILABLE;
import static io.opencert.scheduling.rules.ProgrammeRule.EXACTLY_ONE_LEAD_AUDITOR;
import static io.opencert.scheduling.rules.ProgrammeRule.LEAD_AUDITOR_ROTATION;
import static io.opencert.scheduling.rules.ProgrammeRule.NOT_A_LEAD_AUDITOR;
import static io.opencert.scheduling.rules.ProgrammeRule.TEAM_MEMBER_LISTED_TWICE;
import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2011;
import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.Standard.ISO_IEC_TR_20000_9_2015;
import static io.opencert.events.model.TeamRole.AUDITOR;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.events.model.TeamRole.TECHNICAL_EXPERT;
import static org.assertj.core.api.Assertions.assertThat;

class TeamRulesTest {
    private static final LocalDate START = LocalDate.of(2027, 3, 2);
    private static final LocalDate END = LocalDate.of(2027, 3, 3);
    private static final Assignment AUDIT = new Assignment(List.of(ISO_IEC_20000_1_2018), List.of("conny"), START, END, null);
    private static final List<RegisteredAuditor> REGISTER = List.of(
            Qualified.registered("lena", Set.of(ISO_IEC_20000_1_2018, ISO_IEC_TR_20000_9_2015), true),
            Qualified.registered("arno", Set.of(ISO_IEC_20000_1_2018), false),
            Qualified.registered("olga", Set.of(ISO_IEC_20000_1_2011), true),
            Qualified.registered("tess", Set.of(), false),
            Qualified.registered("conny", Set.of(ISO_IEC_20000_1_2018), true));

    @Test
    void acceptsAQualifiedTeamWithOneLeadAndATechnicalExpert() {
        assertThat(check(List.of(lead("lena"), member("arno", AUDITOR), member("tess", TECHNICAL_EXPERT)), List.of()))
                .isEmpty();
    }

    @Test
    void refusesATeamWithoutLeadAuditor() {
        assertThat(check(List.of(member("arno", AUDITOR)), List.of()))
                .get().extracting(Refusal::rule).isEqualTo(EXACTLY_ONE_LEAD_AUDITOR);
    }

    @Test
    void refusesATeamWithTwoLeadAuditors() {
        assertThat(check(List.of(lead("lena"), lead("olga")), List.of()))
                .get().satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo(EXACTLY_ONE_LEAD_AUDITOR);
                    assertThat(refusal.detail()).contains("has 2");
                });
    }

    @Test
    void refusesAPersonListedTwice() {
        assertThat(check(List.of(lead("lena"), member("arno", AUDITOR), member("arno", TECHNICAL_EXPERT)), List.of()))
                .get().satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo(TEAM_MEMBER_LISTED_TWICE);
                    assertThat(refusal.detail()).startsWith("arno ");
                });
    }

    @Test
    void refusesAnAuditorTheContractExcludes() {
        assertThat(check(List.of(lead("conny")), List.of()))
                .get().satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo(AUDITOR_EXCLUDED);
                    assertThat(refusal.detail()).startsWith("conny ");
                });
    }

    @Test
    void refusesSomeoneNotInTheRegister() {
        assertThat(check(List.of(lead("lena"), member("nobody", AUDITOR)), List.of()))
                .get().satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo(AUDITOR_NOT_REGISTERED);
                    assertThat(refusal.detail()).startsWith("nobody ");
                });
    }

    @Test
    void refusesALeadWhoMayNotLead() {
        assertThat(check(List.of(lead("arno")), List.of()))
                .get().extracting(Refusal::rule).isEqualTo(NOT_A_LEAD_AUDITOR);
    }

    @Test
    void refusesAnAuditorNotQualifiedForEveryStandard() {
        Assignment cloudAudit =
                new Assignment(List.of(ISO_IEC_20000_1_2018, ISO_IEC_TR_20000_9_2015), List.of(), START, END, null);

        Optional<Refusal> refusal =
                TeamRules.check(List.of(lead("lena"), member("arno", AUDITOR)), cloudAudit, REGISTER, List.of(), List.of());

        assertThat(refusal).get().satisfies(it -> {
            assertThat(it.rule()).isEqualTo(AUDITOR_NOT_QUALIFIED);
            assertThat(it.detail()).isEqualTo("arno is not qualified for ISO/IEC TR 20000-9:2015.");
        });
    }

    @Test
    void refusesALeadQualifiedOnlyForAnotherEdition() {
        assertThat(check(List.of(lead("olga")), List.of()))
                .get().extracting(Refusal::rule).isEqualTo(AUDITOR_NOT_QUALIFIED);
    }

    @Test
    void refusesAnAuditorBookedOnAnOverlappingDay() {
        UUID otherAudit = UUID.randomUUID();
        List<Booking> bookings = List.of(new Booking("arno", otherAudit, LocalDate.of(2027, 3, 1), START));

        assertThat(check(List.of(lead("lena"), member("arno", AUDITOR)), bookings))
                .get().satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo(AUDITOR_ALREADY_BOOKED);
                    assertThat(refusal.detail()).contains("arno", "2027-03-01", "2027-03-02", otherAudit.toString());
                });
    }

    @Test
    void acceptsBookingsThatEndBeforeOrStartAfterTheAudit() {
        List<Booking> bookings = List.of(
                new Booking("lena", UUID.randomUUID(), LocalDate.of(2027, 2, 27), START.minusDays(1)),
                new Booking("lena", UUID.randomUUID(), END.plusDays(1), END.plusDays(2)),
                new Booking("olga", UUID.randomUUID(), START, END));

        assertThat(check(List.of(lead("lena"), member("arno", AUDITOR)), bookings)).isEmpty();
    }

    @Test
    void refusesAnAuditorWhoLeavesBeforeTheAuditEndsAndTakesOneWhoLeavesTheDayAfter() {
        List<RegisteredAuditor> register = List.of(REGISTER.get(0), leaving("arno", END));
        List<RegisteredAuditor> later = List.of(REGISTER.get(0), leaving("arno", END.plusDays(1)));

        assertThat(TeamRules.check(List.of(lead("lena"), member("arno", AUDITOR)), AUDIT, register, List.of(),
                List.of()))
                .get().satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo(AUDITOR_HAS_LEFT);
                    assertThat(refusal.detail()).isEqualTo("arno leaves the certification body on 2027-03-03, "
                            + "before the audit ends on 2027-03-03.");
                });
        assertThat(TeamRules.check(List.of(lead("lena"), member("arno", AUDITOR)), AUDIT, later, List.of(),
                List.of())).isEmpty();
    }

    @Test
    void refusesAnAuditorUnavailableOnOneDayOfTheAudit() {
        List<Unavailable> unavailable = List.of(new Unavailable("arno", END, END.plusDays(10)));

        assertThat(TeamRules.check(List.of(lead("lena"), member("arno", AUDITOR)), AUDIT, REGISTER, List.of(),
                unavailable))
                .get().satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo(AUDITOR_UNAVAILABLE);
                    assertThat(refusal.rule().slug()).isEqualTo("auditor-unavailable");
                    assertThat(refusal.detail()).isEqualTo("arno is unavailable from 2027-03-03 to 2027-03-13, "
                            + "which overlaps the audit from 2027-03-02 to 2027-03-03.");
                });
    }

    @Test
    void refusesATechnicalExpertUnavailableForTheWholeAudit() {
        List<Unavailable> unavailable = List.of(new Unavailable("tess", START.minusDays(7), END.plusDays(7)));

        assertThat(TeamRules.check(List.of(lead("lena"), member("tess", TECHNICAL_EXPERT)), AUDIT, REGISTER,
                List.of(), unavailable))
                .get().satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo(AUDITOR_UNAVAILABLE);
                    assertThat(refusal.detail()).startsWith("tess is unavailable from 2027-02-23 to 2027-03-10");
                });
    }

    @Test
    void namesTheEarliestUnavailabilityWhenThereAreSeveral() {
        List<Unavailable> unavailable = List.of(new Unavailable("lena", END, END),
                new Unavailable("lena", START, START));

        assertThat(TeamRules.check(List.of(lead("lena")), AUDIT, REGISTER, List.of(), unavailable))
                .get().extracting(Refusal::detail).asString().startsWith("lena is unavailable from 2027-03-02 to 2027-03-02");
    }

    @Test
    void acceptsUnavailabilityBeforeOrAfterTheAuditAndOfPeopleNotOnTheTeam() {
        List<Unavailable> unavailable = List.of(
                new Unavailable("lena", LocalDate.of(2027, 2, 1), START.minusDays(1)),
                new Unavailable("arno", END.plusDays(1), END.plusDays(1)),
                new Unavailable("olga", START, END));

        assertThat(TeamRules.check(List.of(lead("lena"), member("arno", AUDITOR)), AUDIT, REGISTER, List.of(),
                unavailable)).isEmpty();
    }

    @Test
    void aBookingElsewhereIsNamedBeforeUnavailability() {
        UUID otherAudit = UUID.randomUUID();

        assertThat(TeamRules.check(List.of(lead("lena")), AUDIT, REGISTER,
                List.of(new Booking("lena", otherAudit, START, END)), List.of(new Unavailable("lena", START, END))))
                .get().extracting(Refusal::rule).isEqualTo(AUDITOR_ALREADY_BOOKED);
    }

    @Test
    void refusesTheLeadOfThePreviousAuditWhereTheLeadRotates() {
        Assignment surveillance = new Assignment(List.of(ISO_IEC_20000_1_2018), List.of(), START, END, "lena");

        assertThat(TeamRules.check(List.of(lead("lena"), member("arno", AUDITOR)), surveillance, REGISTER, List.of(),
                List.of()))
                .get().satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo(LEAD_AUDITOR_ROTATION);
                    assertThat(refusal.rule().slug()).isEqualTo("lead-auditor-rotation");
                    assertThat(refusal.detail()).startsWith("lena led the programme's previous audit");
                });
        // the previous lead may still be on the team, just not lead it
        assertThat(TeamRules.check(List.of(lead("conny"), member("lena", AUDITOR)), surveillance, REGISTER, List.of(),
                List.of())).isEmpty();
    }

    private static Optional<Refusal> check(List<Nomination> team, List<Booking> bookings) {
        return TeamRules.check(team, AUDIT, REGISTER, bookings, List.of());
    }

    private static Nomination lead(String username) {
        return member(username, LEAD_AUDITOR);
    }

    private static Nomination member(String username, TeamRole role) {
        return new Nomination(username, role);
    }

    private static RegisteredAuditor leaving(String username, LocalDate leftOn) {
        return new RegisteredAuditor(username, Set.of(ISO_IEC_20000_1_2018), false, leftOn,
                Qualified.qualifications(Set.of(ISO_IEC_20000_1_2018), false));
    }
}
