package io.opencert.scheduling.rules;

import io.opencert.scheduling.rules.Impartiality.Consultancy;
import io.opencert.scheduling.rules.TeamRules.Assignment;
import io.opencert.scheduling.rules.TeamRules.Nomination;
import io.opencert.scheduling.rules.TeamRules.RegisteredAuditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.AUDITOR;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;

class ImpartialityTest {
    /** An audit from Tuesday 2 to Wednesday 3 March 2027: 2 years before its first day is 2 March 2025. */
    private static final LocalDate START = LocalDate.of(2027, 3, 2);
    private static final LocalDate END = LocalDate.of(2027, 3, 3);
    private static final List<RegisteredAuditor> REGISTER = List.of(
            Qualified.registered("lena", Set.of(ISO_IEC_20000_1_2018), true),
            Qualified.registered("arno", Set.of(ISO_IEC_20000_1_2018), false));

    @ParameterizedTest(name = "consulted from {0} to {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "ongoing", textBlock = """
            2024-01-01 | 2025-03-01 | no obstacle
            2024-01-01 | 2025-03-02 | no obstacle
            2024-01-01 | 2025-03-03 | within 2 years
            2026-06-01 | 2026-12-31 | within 2 years
            2027-03-03 | 2027-03-31 | within 2 years
            2027-03-04 | 2027-03-31 | no obstacle
            2020-01-01 | ongoing    | within 2 years
            2027-03-03 | ongoing    | within 2 years
            2027-03-04 | ongoing    | no obstacle
            """)
    void aConsultancyCountsFromItsFirstDayUntil2YearsAfterItsLast(LocalDate from, LocalDate to, String outcome) {
        Consultancy consultancy = new Consultancy(UUID.randomUUID(), "arno", from, to);

        assertThat(consultancy.within2YearsOf(START, END) ? "within 2 years" : "no obstacle").isEqualTo(outcome);
    }

    @Test
    void aNewCyclesReviewExcludesWhoeverConsultedInThe2YearsBeforeItOrStillDoes() {
        List<Consultancy> register = List.of(
                new Consultancy(UUID.randomUUID(), "arno", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 1)),
                new Consultancy(UUID.randomUUID(), "lena", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 3)),
                new Consultancy(UUID.randomUUID(), "olga", LocalDate.of(2026, 1, 1), null),
                new Consultancy(UUID.randomUUID(), "olga", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)),
                new Consultancy(UUID.randomUUID(), "pia", LocalDate.of(2027, 3, 3), null),
                new Consultancy(UUID.randomUUID(), null, LocalDate.of(2026, 1, 1), null));

        assertThat(Impartiality.consultantsOn(register, START)).containsExactly("lena", "olga");
    }

    @ParameterizedTest(name = "{0} consulted from {1} to {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "ongoing", textBlock = """
            arno   | 2026-01-01 | 2026-06-30 | auditor-excluded
            arno   | 2024-01-01 | 2025-03-02 | bookable
            lena   | 2026-01-01 | ongoing    | auditor-excluded
            olga   | 2026-01-01 | 2026-06-30 | bookable
            body   | 2026-01-01 | 2026-06-30 | certification-body-consulted-client
            body   | 2024-01-01 | 2025-03-02 | bookable
            """)
    void aTeamMemberWhoOrTheBodyWhichConsultedTheClientWithin2YearsIsRefused(String consultant, LocalDate from,
                                                                           LocalDate to, String outcome) {
        Consultancy consultancy = new Consultancy(UUID.randomUUID(), consultant.equals("body") ? null : consultant,
                from, to);

        assertThat(outcome(TeamRules.check(List.of(new Nomination("lena", LEAD_AUDITOR), new Nomination("arno", AUDITOR)),
                audit(List.of(consultancy)), REGISTER, List.of(), List.of()))).isEqualTo(outcome);
    }

    @Test
    void theRefusalNamesTheConsultantAndThePeriod() {
        Consultancy consultancy = new Consultancy(UUID.randomUUID(), "arno", LocalDate.of(2026, 1, 1), null);

        assertThat(TeamRules.check(List.of(new Nomination("lena", LEAD_AUDITOR), new Nomination("arno", AUDITOR)),
                audit(List.of(consultancy)), REGISTER, List.of(), List.of()))
                .get().satisfies(refusal -> {
                    assertThat(refusal.rule().title()).isEqualTo("Auditor excluded for impartiality");
                    assertThat(refusal.detail()).isEqualTo("arno consulted this client from 2026-01-01, still going "
                            + "on (impartiality register), within 2 years of the audit from 2027-03-02 to 2027-03-03.");
                });
    }

    @Test
    void theContractsExclusionIsNamedBeforeTheRegisters() {
        Consultancy consultancy = new Consultancy(UUID.randomUUID(), "arno", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1));
        Assignment excludedToo = new Assignment(List.of(ISO_IEC_20000_1_2018), List.of("arno"), START, END, null,
                List.of(consultancy), List.of());

        assertThat(TeamRules.check(List.of(new Nomination("lena", LEAD_AUDITOR), new Nomination("arno", AUDITOR)),
                excludedToo, REGISTER, List.of(), List.of()))
                .get().satisfies(refusal -> assertThat(refusal.detail()).contains("by the contract"));
    }

    @Test
    void aBookedTeamConflictsWithItsMembersAndTheBodysConsultanciesOnly() {
        Consultancy arno = new Consultancy(UUID.randomUUID(), "arno", LocalDate.of(2026, 5, 1), null);
        Consultancy body = new Consultancy(UUID.randomUUID(), null, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30));
        Consultancy olga = new Consultancy(UUID.randomUUID(), "olga", LocalDate.of(2026, 1, 1), null);
        Consultancy longAgo = new Consultancy(UUID.randomUUID(), "lena", LocalDate.of(2020, 1, 1),
                LocalDate.of(2024, 12, 31));

        assertThat(Impartiality.conflicts(List.of("lena", "arno"), List.of(arno, body, olga, longAgo), START, END))
                .containsExactly(body, arno);
    }

    private static Assignment audit(List<Consultancy> consultancies) {
        return new Assignment(List.of(ISO_IEC_20000_1_2018), List.of(), null, null, null, consultancies, List.of())
                .on(START, END);
    }

    private static String outcome(Optional<Refusal> refusal) {
        return refusal.map(found -> found.rule().slug()).orElse("bookable");
    }
}
